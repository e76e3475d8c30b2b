package dev.driftguard.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Location;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** The mechanical fixes, and the position arithmetic under them. */
class QuickFixesTest {

    private static final String URI = "file:///p/m.sql";

    private static List<CodeAction> actions(String text, String code, Position at) {
        Range range = new Range(at, at);
        Diagnostic d = new Diagnostic(range, "m", DiagnosticSeverity.Error, FindingDiagnostics.SOURCE, code);
        return new QuickFixes(URI, "m.sql", text).actions(range, List.of(d));
    }

    @Test
    void duplicateObjectsGetIfNotExists() {
        String table = "CREATE TABLE \"t\" (id int);\n";
        CodeAction fix = actions(table, "duplicate-object", new Position(0, 13)).get(0);
        assertThat(fix.getKind()).isEqualTo(CodeActionKind.QuickFix);
        assertThat(Edits.apply(table, fix, URI)).isEqualTo("CREATE TABLE IF NOT EXISTS \"t\" (id int);\n");

        String columns = "-- two\nALTER TABLE t ADD COLUMN a int, ADD COLUMN b int;\n";
        CodeAction both = actions(columns, "duplicate-object", new Position(1, 20)).get(0);
        assertThat(Edits.apply(columns, both, URI))
                .isEqualTo("-- two\nALTER TABLE t ADD COLUMN IF NOT EXISTS a int, ADD COLUMN IF NOT EXISTS b int;\n");
    }

    @Test
    void noFixWhereItWouldNotBeValidOrSafe() {
        assertThat(actions("CREATE INDEX ON t (a);\n", "duplicate-object", new Position(0, 3))).isEmpty();
        assertThat(actions("CREATE INDEX IF NOT EXISTS i ON t (a);\n", "duplicate-object", new Position(0, 3)))
                .isEmpty();
        // Two statements run as one transaction block, where CONCURRENTLY fails.
        assertThat(actions("CREATE TABLE u (a int);\nCREATE INDEX i ON t (a);\n", "non-concurrent-index",
                new Position(1, 3))).extracting(CodeAction::getTitle).doesNotContain("Build the index CONCURRENTLY");
        String unique = "CREATE UNIQUE INDEX i ON t (a);\n";
        assertThat(Edits.apply(unique, actions(unique, "non-concurrent-index", new Position(0, 3)).stream()
                .filter(a -> a.getTitle().contains("CONCURRENTLY")).findFirst().orElseThrow(), URI))
                .isEqualTo("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a);\n");
    }

    @Test
    void codePointColumnsBecomeUtf16Characters() {
        TextLines lines = new TextLines("-- \uD83D\uDE00\r\nSELECT \"\uD83D\uDE00x\" FROM t;");
        Range range = lines.range(new Location("m.sql", 2, 9, 2, 11));
        assertThat(range.getStart()).isEqualTo(new Position(1, 8));
        assertThat(range.getEnd()).isEqualTo(new Position(1, 11));
        assertThat(lines.offset(new Position(1, 8))).isEqualTo(15);
        assertThat(lines.positionOf(15)).isEqualTo(new Position(1, 8));
    }

    @Test
    void theNameUnderTheCursorKeepsItsQuotesAndQualifier() {
        String text = "CREATE INDEX i ON \"public\".\"User\" (email);";
        assertThat(HoverFacts.at(text, text.indexOf("User") + 1)).contains(
                new HoverFacts.Name(java.util.Optional.of("public"), "User", true));
        assertThat(HoverFacts.at(text, text.indexOf("email") + 2)).contains(
                new HoverFacts.Name(java.util.Optional.empty(), "email", false));
    }
}
