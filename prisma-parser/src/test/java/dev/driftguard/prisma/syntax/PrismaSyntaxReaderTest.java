package dev.driftguard.prisma.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.prisma.ast.Argument;
import dev.driftguard.prisma.ast.Attribute;
import dev.driftguard.prisma.ast.Diagnostics;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.ast.FieldDeclaration;
import dev.driftguard.prisma.ast.ModelDeclaration;
import dev.driftguard.prisma.ast.SchemaSyntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaSyntaxReaderTest {

    private static SchemaSyntax read(String text, Diagnostics diagnostics) {
        return PrismaSyntaxReader.read(List.of(new SourceFile("schema.prisma", text)), diagnostics);
    }

    @Test
    void keepsDocCommentsAboveAndAtTheEndOfTheLineAsPrismaDoes() {
        SchemaSyntax syntax = read("""
                // not documentation
                /// A user.
                model User {
                  /// The key.
                  // a plain comment between does not end the documentation
                  id Int @id /// trailing
                  name String // plain trailing
                  /// cut off by the blank line

                  /// after the blank line
                  other String
                }
                """, new Diagnostics());

        ModelDeclaration user = syntax.models().get(0);
        assertThat(user.documentation()).containsExactly("A user.");
        assertThat(user.fields()).extracting(FieldDeclaration::documentation)
                .containsExactly(List.of("The key.", "trailing"), List.of(), List.of("after the blank line"));
    }

    @Test
    void readsFieldTypesWithTheirMarkersAndUnsupportedRawType() {
        SchemaSyntax syntax = read("""
                model T {
                  a String?
                  b Int[]
                  c Unsupported("vector(1536)")?
                }
                """, new Diagnostics());

        assertThat(syntax.models().get(0).fields()).extracting(f -> f.type().orElseThrow())
                .extracting(t -> t.name().text() + " " + t.unsupported().orElse("-") + " list=" + t.list()
                        + " optional=" + t.optional())
                .containsExactly("String - list=false optional=true", "Int - list=true optional=false",
                        "Unsupported vector(1536) list=false optional=true");
    }

    @Test
    void readsAttributeArgumentsPositionalNamedNestedAndCalls() {
        SchemaSyntax syntax = read("""
                model T {
                  a Int
                  @@index([a(sort: Desc, ops: raw("int4_ops")), b], type: Brin, map: "t_a")
                }
                """, new Diagnostics());

        Attribute index = syntax.models().get(0).attributes().get(0);
        assertThat(index.name().text()).isEqualTo("index");
        assertThat(index.arguments()).extracting(a -> a.name().map(n -> n.text()).orElse("-"))
                .containsExactly("-", "type", "map");
        Expression.ArrayValue fields = (Expression.ArrayValue) index.arguments().get(0).value();
        Expression.FunctionValue first = (Expression.FunctionValue) fields.elements().get(0);
        assertThat(first.name()).isEqualTo("a");
        assertThat(first.arguments()).extracting(Argument::value).extracting(Expression::span)
                .extracting(s -> s.location().toString())
                .containsExactly("schema.prisma:3:20", "schema.prisma:3:31");
    }

    @Test
    void resolvesStringEscapes() {
        assertThat(StringLiterals.unescape("\"a\\\"b\\\\c\\nd\\te\\u00e9\"")).isEqualTo("a\"b\\c\nd\te\u00e9");
        assertThat(StringLiterals.unescape("\"plain\"")).isEqualTo("plain");
    }

    @Test
    void acceptsKeywordsAndLettersOfAnyScriptAsNames() {
        Diagnostics diagnostics = new Diagnostics();
        SchemaSyntax syntax = read("""
                model model {
                  type  String
                  ñame  String
                }
                """, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        assertThat(syntax.models().get(0).fields()).extracting(f -> f.name().text()).containsExactly("type", "ñame");
    }

    @Test
    void reportsAnUnclosedBlockLineByLineAsPrismaDoes() {
        Diagnostics diagnostics = new Diagnostics();
        read("""
                model A {
                  id Int @id
                """, diagnostics);

        assertThat(diagnostics.sorted()).extracting(d -> d.location().line() + ":" + d.location().column() + " "
                + d.message()).containsExactly(
                "1:1 Error validating: This line is invalid. It does not start with any known Prisma schema keyword.",
                "2:3 Error validating: This line is invalid. It does not start with any known Prisma schema keyword.");
    }

    @Test
    void cutsTheFileAfterEveryLineThatStartsWithAClosingBrace() {
        String text = "model A {\r\n  id Int @id\r\n  \t}\r\n// \uD83D\uDE00\renum B {\r  X\r}\n} stray\nmodel C {\n}";

        List<int[]> chunks = PrismaSyntaxReader.chunks(text);

        // Code point indexes: the emoji is one code point and two chars.
        assertThat(chunks).extracting(c -> c[0] + "-" + c[1])
                .containsExactly("0-31", "31-51", "51-59", "59-70");
    }

    @Test
    void readsBlocksOneByOneWithTheSpansAndDocumentationOfTheWholeFile() {
        String text = """
                /// First.
                model A {
                  id Int @id
                }
                /// Second, with a \uD83D\uDE00 in its documentation.
                model B {
                  id Int @id /// the key
                }
                }
                """;
        Diagnostics diagnostics = new Diagnostics();

        SchemaSyntax syntax = read(text, diagnostics);

        assertThat(syntax.models()).extracting(m -> m.name().text() + " " + m.documentation())
                .containsExactly("A [First.]", "B [Second, with a \uD83D\uDE00 in its documentation.]");
        FieldDeclaration key = syntax.models().get(1).fields().get(0);
        assertThat(key.documentation()).containsExactly("the key");
        assertThat(diagnostics.sorted()).singleElement()
                .satisfies(d -> assertThat(d.location().line() + ":" + d.location().column()).isEqualTo("9:1"));
    }
}
