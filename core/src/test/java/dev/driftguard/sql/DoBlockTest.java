package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoBlockTest {

    @Test
    void readsStatementsGuardedByDuplicateObjectHandlerWithSpansIntoTheFile() {
        String sql = "-- CreateEnum\nDO $$ BEGIN\n    CREATE TYPE \"Plan\" AS ENUM ('free', 'pro');\n"
                + "EXCEPTION\n    WHEN duplicate_object THEN null;\nEND $$;";
        Command.DoBlock block = single(sql, Command.DoBlock.class);
        assertThat(block.understood()).isTrue();
        assertThat(block.body()).hasSize(1);
        SqlStatement statement = block.body().get(0);
        int at = sql.indexOf("CREATE TYPE");
        assertThat(statement.span()).isEqualTo(new Span(at, sql.indexOf("');") + 2));
        assertThat(statement.text()).isEqualTo("CREATE TYPE \"Plan\" AS ENUM ('free', 'pro')");
        assertThat(statement.command()).isEqualTo(new Command.CreateEnumType(
                SqlName.unqualified("Plan", new Span(at + 12, at + 18)), List.of("free", "pro")));
    }

    @Test
    void readsSeveralStatementsAndIfNotExistsGuards() {
        String sql = "DO $do$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'x') THEN\n"
                + "    CREATE TYPE x AS ENUM ('a');\n  END IF;\n  ALTER TABLE t ADD COLUMN c x;\n"
                + "  CREATE INDEX i ON t (c);\nEND\n$do$ LANGUAGE plpgsql;";
        Command.DoBlock block = single(sql, Command.DoBlock.class);
        assertThat(block.understood()).isTrue();
        assertThat(block.body()).extracting(s -> s.command().getClass().getSimpleName())
                .containsExactly("CreateEnumType", "AlterTable", "CreateIndex");
        assertThat(block.body().get(2).span().start()).isEqualTo(sql.indexOf("CREATE INDEX"));
    }

    @Test
    void dynamicSqlLoopsAndVariablesAreNotUnderstood() {
        assertThat(single("DO $$ BEGIN EXECUTE 'DROP TABLE x'; END $$", Command.DoBlock.class))
                .isEqualTo(new Command.DoBlock(List.of(), false));
        assertThat(single("DO $$ DECLARE r record; BEGIN FOR r IN SELECT 1 LOOP NULL; END LOOP; END $$",
                Command.DoBlock.class).understood()).isFalse();
        assertThat(single("DO $$ BEGIN IF a THEN DROP TABLE b; ELSE DROP TABLE c; END IF; END $$",
                Command.DoBlock.class).understood()).isFalse();
        assertThat(single("DO $$ BEGIN NOT VALID SQL HERE; END $$", Command.DoBlock.class).understood()).isFalse();
        assertThat(single("DO 'BEGIN NULL; END'", Command.DoBlock.class).understood()).isFalse();
    }

    @Test
    void emptyBlockIsUnderstoodAndChangesNothing() {
        assertThat(single("DO $$ BEGIN NULL; END $$;", Command.DoBlock.class))
                .isEqualTo(new Command.DoBlock(List.of(), true));
    }
}
