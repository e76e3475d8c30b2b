package dev.driftguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import java.util.List;

/** Parsing helpers shared by the front end's tests. */
final class SqlFixtures {
    private SqlFixtures() {
    }

    static MigrationScript parse(String sql) {
        return new SqlFrontEnd().parse(new SourceFile("migration.sql", sql));
    }

    static List<Command> commands(String sql) {
        return parse(sql).statements().stream().map(SqlStatement::command).toList();
    }

    /** The only statement's command, cast to the expected kind. */
    static <T extends Command> T single(String sql, Class<T> kind) {
        List<Command> commands = commands(sql);
        assertThat(commands).hasSize(1);
        assertThat(commands.get(0)).isInstanceOf(kind);
        return kind.cast(commands.get(0));
    }

    /** The text a span covers. */
    static String at(String sql, Span span) {
        return sql.substring(span.start(), span.end());
    }
}
