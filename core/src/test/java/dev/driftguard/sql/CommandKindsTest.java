package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.at;
import static dev.driftguard.sql.SqlFixtures.commands;
import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.PartitionKey;
import dev.driftguard.catalog.Volatility;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per statement kind, asserting the exact command. */
class CommandKindsTest {

    private static SqlName name(String sql, String written, String folded) {
        int at = sql.indexOf(written);
        return SqlName.unqualified(folded, new Span(at, at + written.length()));
    }

    /** The name at the first occurrence of {@code context}, {@code length} characters long. */
    private static SqlName name(String sql, String context, String folded, int length) {
        int at = sql.indexOf(context);
        return SqlName.unqualified(folded, new Span(at, at + length));
    }

    private static Ident ident(String sql, String context, String folded, int length) {
        int at = sql.indexOf(context);
        return new Ident(folded, new Span(at, at + length));
    }

    private static Ident ident(String sql, String written, String folded) {
        int at = sql.indexOf(written);
        return new Ident(folded, new Span(at, at + written.length()));
    }

    @Test
    void alterColumnTypeWithUsing() {
        String sql = "ALTER TABLE \"User\" ALTER COLUMN \"metadata\" SET DATA TYPE JSONB USING \"metadata\"::jsonb;";
        Command.AlterTable alter = single(sql, Command.AlterTable.class);
        Command.AlterAction.AlterColumnType change = (Command.AlterAction.AlterColumnType) alter.actions().get(0);
        assertThat(change.column()).isEqualTo(ident(sql, "\"metadata\"", "metadata"));
        assertThat(change.type().name()).isEqualTo("jsonb");
        assertThat(at(sql, change.type().span())).isEqualTo("JSONB");
        assertThat(change.using().orElseThrow()).isInstanceOf(Expr.Cast.class);
        assertThat(at(sql, change.using().orElseThrow().span())).isEqualTo("\"metadata\"::jsonb");
        assertThat(at(sql, change.span())).isEqualTo(sql.substring(19, sql.length() - 1));
    }

    @Test
    void alterColumnDefaultsAndNullability() {
        String sql = "ALTER TABLE t ALTER COLUMN a SET DEFAULT 0, ALTER b DROP DEFAULT, ALTER COLUMN c SET NOT NULL, "
                + "ALTER COLUMN d DROP NOT NULL, ALTER COLUMN e SET STATISTICS 100";
        List<Command.AlterAction> actions = single(sql, Command.AlterTable.class).actions();
        assertThat(actions).extracting(a -> a.getClass().getSimpleName()).containsExactly("SetDefault",
                "DropDefault", "SetNotNull", "DropNotNull", "Other");
        assertThat(((Command.AlterAction.Other) actions.get(4)).description())
                .isEqualTo("ALTER COLUMN e SET STATISTICS 100");
    }

    @Test
    void renamesOfColumnsConstraintsTablesIndexesAndTypes() {
        String sql = "ALTER TABLE \"A\" RENAME COLUMN \"x\" TO \"y\";ALTER TABLE \"A\" RENAME CONSTRAINT c1 TO c2;"
                + "ALTER TABLE \"A\" RENAME TO \"B\";ALTER INDEX IF EXISTS \"i\" RENAME TO \"j\";"
                + "ALTER TYPE \"R\" RENAME TO \"S\";ALTER TYPE \"R\" RENAME VALUE 'a' TO 'b';";
        List<Command> commands = commands(sql);
        assertThat(((Command.AlterTable) commands.get(0)).actions().get(0)).isInstanceOf(
                Command.AlterAction.RenameColumn.class);
        assertThat(((Command.AlterTable) commands.get(1)).actions().get(0)).isInstanceOf(
                Command.AlterAction.RenameConstraint.class);
        assertThat(((Command.AlterTable) commands.get(2)).actions().get(0)).isEqualTo(
                new Command.AlterAction.RenameTable(ident(sql, "\"B\"", "B"), spanOf(sql, "RENAME TO \"B\"")));
        assertThat(commands.get(3)).isEqualTo(new Command.RenameIndex(name(sql, "\"i\"", "i"),
                ident(sql, "\"j\"", "j"), true));
        assertThat(commands.get(4)).isEqualTo(new Command.RenameType(name(sql, "\"R\" RENAME TO", "R", 3), ident(sql, "\"S\"", "S")));
        Command.RenameEnumValue value = (Command.RenameEnumValue) commands.get(5);
        assertThat(value.from()).isEqualTo("a");
        assertThat(value.to()).isEqualTo("b");
        assertThat(at(sql, value.fromSpan())).isEqualTo("'a'");
    }

    private static Span spanOf(String sql, String text) {
        int start = sql.indexOf(text);
        return new Span(start, start + text.length());
    }

    @Test
    void dropsOfEveryKind() {
        String sql = "DROP INDEX CONCURRENTLY IF EXISTS \"i\";DROP TYPE IF EXISTS a, b CASCADE;DROP SCHEMA s;"
                + "DROP EXTENSION IF EXISTS \"uuid-ossp\";DROP VIEW v;DROP MATERIALIZED VIEW m;DROP SEQUENCE q;"
                + "DROP FUNCTION f(integer, text);DROP POLICY p ON t;DROP TRIGGER tr ON t;DROP TABLE IF EXISTS a.b, c CASCADE;";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.DropIndex(List.of(name(sql, "\"i\"", "i")), true, true,
                false));
        assertThat(commands.get(1)).isEqualTo(new Command.DropType(List.of(name(sql, "a, b", "a", 1),
                name(sql, "b CASCADE", "b", 1)), true, true));
        assertThat(commands.get(2)).isInstanceOf(Command.DropSchema.class);
        assertThat(((Command.DropExtension) commands.get(3)).names()).extracting(Ident::name)
                .containsExactly("uuid-ossp");
        assertThat(((Command.DropView) commands.get(4)).materialized()).isFalse();
        assertThat(((Command.DropView) commands.get(5)).materialized()).isTrue();
        assertThat(commands.get(6)).isInstanceOf(Command.DropSequence.class);
        Command.DropFunction function = (Command.DropFunction) commands.get(7);
        assertThat(function.argumentTypes().orElseThrow()).extracting(TypeName::name)
                .containsExactly("integer", "text");
        assertThat(commands.get(8)).isInstanceOf(Command.DropPolicy.class);
        assertThat(((Command.DropPolicy) commands.get(8)).name().name()).isEqualTo("p");
        assertThat(commands.get(9)).isEqualTo(new Command.Other("DROP TRIGGER"));
        Command.DropTable table = (Command.DropTable) commands.get(10);
        assertThat(table.names()).extracting(SqlName::display).containsExactly("a.b", "c");
        assertThat(table.ifExists()).isTrue();
        assertThat(table.cascade()).isTrue();
    }

    @Test
    void transactionsLocksAndSettings() {
        String sql = "BEGIN;START TRANSACTION ISOLATION LEVEL SERIALIZABLE;COMMIT;END;ROLLBACK;SAVEPOINT s;"
                + "ROLLBACK TO SAVEPOINT s;RELEASE s;LOCK TABLE a, \"B\" IN SHARE ROW EXCLUSIVE MODE;LOCK c;"
                + "SET LOCAL lock_timeout = '5s';SET search_path TO public, extensions;RESET ALL;";
        List<Command> commands = commands(sql);
        assertThat(commands.subList(0, 8)).extracting(c -> ((Command.Transaction) c).kind()).containsExactly(
                Command.Transaction.Kind.BEGIN, Command.Transaction.Kind.BEGIN, Command.Transaction.Kind.COMMIT,
                Command.Transaction.Kind.COMMIT, Command.Transaction.Kind.ROLLBACK, Command.Transaction.Kind.SAVEPOINT,
                Command.Transaction.Kind.ROLLBACK_TO, Command.Transaction.Kind.RELEASE);
        Command.LockTable lock = (Command.LockTable) commands.get(8);
        assertThat(lock.tables()).extracting(SqlName::name).containsExactly("a", "B");
        assertThat(lock.mode()).isEqualTo("SHARE ROW EXCLUSIVE");
        assertThat(((Command.LockTable) commands.get(9)).mode()).isEqualTo("ACCESS EXCLUSIVE");
        assertThat(commands.get(10)).isEqualTo(new Command.SetParameter("lock_timeout", Optional.of("5s"), true));
        assertThat(commands.get(11)).isEqualTo(new Command.SetParameter("search_path",
                Optional.of("public, extensions"), false));
        assertThat(commands.get(12)).isEqualTo(new Command.SetParameter("all", Optional.empty(), false));
    }

    @Test
    void functionsWithLanguageVolatilityAndArguments() {
        String sql = "CREATE OR REPLACE FUNCTION public.f(a integer, OUT b text, timestamp with time zone DEFAULT now())"
                + " RETURNS SETOF double precision LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp"
                + " AS $$ BEGIN RETURN NEXT 1; END $$;";
        Command.CreateFunction function = single(sql, Command.CreateFunction.class);
        assertThat(function.name().display()).isEqualTo("public.f");
        assertThat(function.argumentTypes()).extracting(TypeName::name)
                .containsExactly("integer", "timestamp with time zone");
        assertThat(function.returnType().orElseThrow().name()).isEqualTo("double precision");
        assertThat(function.volatility()).isEqualTo(Volatility.STABLE);
        assertThat(function.language()).isEqualTo("plpgsql");
        assertThat(function.orReplace()).isTrue();
        assertThat(function.procedure()).isFalse();
    }

    @Test
    void functionsDefaultToVolatileAndProceduresHaveNoReturnType() {
        String sql = "CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1';CREATE FUNCTION g() RETURNS int IMMUTABLE "
                + "LANGUAGE sql AS 'SELECT 1';CREATE FUNCTION h() RETURNS trigger AS $$ BEGIN END $$ LANGUAGE plpgsql;";
        List<Command> commands = commands(sql);
        Command.CreateFunction procedure = (Command.CreateFunction) commands.get(0);
        assertThat(procedure.procedure()).isTrue();
        assertThat(procedure.returnType()).isEmpty();
        assertThat(procedure.volatility()).isEqualTo(Volatility.VOLATILE);
        assertThat(((Command.CreateFunction) commands.get(1)).volatility()).isEqualTo(Volatility.IMMUTABLE);
        assertThat(((Command.CreateFunction) commands.get(2)).returnType().orElseThrow().name()).isEqualTo("trigger");
    }

    @Test
    void triggersNameTheirTableAndFunction() {
        String sql = "CREATE TRIGGER \"t\" BEFORE UPDATE OF a, b ON \"Booking\" FOR EACH ROW "
                + "WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION audit.f();";
        assertThat(single(sql, Command.CreateTrigger.class)).isEqualTo(new Command.CreateTrigger(
                ident(sql, "\"t\"", "t"), name(sql, "\"Booking\"", "Booking"),
                new SqlName(Optional.of("audit"), "f", spanOf(sql, "audit.f"))));
    }

    @Test
    void enumsExtensionsSchemasSequencesViewsAndDomains() {
        String sql = "CREATE TYPE mood AS ENUM ();CREATE TYPE pair AS (a int, b text);"
                + "CREATE EXTENSION vector WITH SCHEMA extensions VERSION '0.7.0' CASCADE;"
                + "CREATE SCHEMA IF NOT EXISTS \"Audit\";CREATE SEQUENCE IF NOT EXISTS s START 10;"
                + "CREATE MATERIALIZED VIEW IF NOT EXISTS v AS SELECT 1;CREATE OR REPLACE VIEW w AS SELECT 2;"
                + "CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0);";
        List<Command> commands = commands(sql);
        assertThat(((Command.CreateEnumType) commands.get(0)).values()).isEmpty();
        assertThat(((Command.CreateOtherType) commands.get(1)).kind()).isEqualTo("composite");
        assertThat(commands.get(2)).isEqualTo(new Command.CreateExtension(ident(sql, "vector", "vector"), false,
                Optional.of("extensions"), Optional.of("0.7.0")));
        assertThat(commands.get(3)).isEqualTo(new Command.CreateSchema(ident(sql, "\"Audit\"", "Audit"), true));
        assertThat(commands.get(4)).isEqualTo(new Command.CreateSequence(name(sql, "s START", "s", 1),
                true));
        assertThat(commands.get(5)).isEqualTo(new Command.CreateView(name(sql, "v AS", "v", 1), false,
                true, true));
        assertThat(((Command.CreateView) commands.get(6)).orReplace()).isTrue();
        Command.CreateDomain domain = (Command.CreateDomain) commands.get(7);
        assertThat(domain.baseType().name()).isEqualTo("integer");
        assertThat(domain.notNull()).isTrue();
    }

    @Test
    void columnConstraintsInlineAndIdentityAndGenerated() {
        String sql = "CREATE TABLE IF NOT EXISTS a.t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                + "owner int CONSTRAINT owner_fk REFERENCES users (id) ON DELETE SET NULL, "
                + "email citext UNIQUE NOT NULL, total numeric GENERATED ALWAYS AS (price * qty) STORED, "
                + "price numeric CHECK (price > 0), qty int NULL, UNIQUE NULLS NOT DISTINCT (email, owner))";
        Command.CreateTable table = single(sql, Command.CreateTable.class);
        assertThat(table.ifNotExists()).isTrue();
        assertThat(table.name().display()).isEqualTo("a.t");
        Command.ColumnDef id = table.columns().get(0);
        assertThat(id.identity()).isTrue();
        assertThat(id.inline()).extracting(Command.ConstraintDef::kind).containsExactly(ConstraintKind.PRIMARY_KEY);
        Command.ConstraintDef fk = table.columns().get(1).inline().get(0);
        assertThat(fk.name()).contains(ident(sql, "owner_fk", "owner_fk"));
        assertThat(fk.columns()).extracting(Ident::name).containsExactly("owner");
        assertThat(fk.references().orElseThrow().onDelete()).contains("SET NULL");
        assertThat(fk.span()).isEqualTo(spanOf(sql, "CONSTRAINT owner_fk REFERENCES users (id) ON DELETE SET NULL"));
        assertThat(table.columns().get(2).notNull()).contains(true);
        assertThat(table.columns().get(3).generated().orElseThrow()).isInstanceOf(Expr.BinaryOp.class);
        assertThat(table.columns().get(4).inline().get(0).check().orElseThrow()).isInstanceOf(Expr.BinaryOp.class);
        assertThat(table.columns().get(5).notNull()).contains(false);
        assertThat(table.constraints().get(0).columns()).extracting(Ident::name).containsExactly("email", "owner");
    }

    @Test
    void partitionsAndCreateTableAsSelect() {
        String sql = "CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');"
                + "CREATE TABLE c AS SELECT * FROM a;CREATE UNLOGGED TABLE u (LIKE a INCLUDING ALL);"
                + "CREATE TABLE r (a int, b date) PARTITION BY RANGE (b) WITH (fillfactor = 70) TABLESPACE fast;"
                + "CREATE TEMP TABLE tmp (a int) ON COMMIT DROP;CREATE TABLE d PARTITION OF r DEFAULT;"
                + "CREATE TABLE bad (a int) nonsense;";
        List<Command> commands = commands(sql);
        assertThat(((Command.CreateTable) commands.get(0)).partitionOf()).contains(name(sql, "p FOR", "p", 1));
        assertThat(((Command.CreateTable) commands.get(1)).asSelect()).isTrue();
        assertThat(((Command.CreateTable) commands.get(2)).columns()).isEmpty();
        assertThat(((Command.CreateTable) commands.get(3)).columns()).hasSize(2);
        assertThat(commands.get(4)).isInstanceOf(Command.CreateTable.class);
        assertThat(((Command.CreateTable) commands.get(5)).partitionOf()).isPresent();
        assertThat(((Command.Unparsed) commands.get(6)).reason())
                .isEqualTo("unexpected text after the table definition, found \"nonsense\"");
    }

    @Test
    void partitionKeyColumnsAndExpressions() {
        String sql = "CREATE TABLE r (a int, b date) PARTITION BY RANGE (b, \"A\" text_pattern_ops) WITH (fillfactor = 70);"
                + "CREATE TABLE l (a int) PARTITION BY LIST ((a + 1), lower(b), a COLLATE \"C\");"
                + "CREATE TABLE h (a int);";
        List<Command> commands = commands(sql);
        assertThat(((Command.CreateTable) commands.get(0)).partitionBy())
                .contains(new PartitionKey(List.of("b", "A"), false));
        assertThat(((Command.CreateTable) commands.get(1)).partitionBy())
                .contains(new PartitionKey(List.of("a"), true));
        assertThat(((Command.CreateTable) commands.get(2)).partitionBy()).isEmpty();
    }

    @Test
    void alterTableOnlyAndPartitionAttachAndDetach() {
        String sql = "ALTER TABLE ONLY p ALTER COLUMN a DROP NOT NULL;ALTER TABLE IF EXISTS p * ADD CHECK (a > 0);"
                + "ALTER TABLE p ATTACH PARTITION s.p1 FOR VALUES IN (1), DETACH PARTITION p2 CONCURRENTLY";
        List<Command> commands = commands(sql);
        assertThat(((Command.AlterTable) commands.get(0)).only()).isTrue();
        assertThat(((Command.AlterTable) commands.get(0)).table()).isEqualTo(name(sql, "p ALTER", "p", 1));
        assertThat(((Command.AlterTable) commands.get(1)).only()).isFalse();
        List<Command.AlterAction> actions = ((Command.AlterTable) commands.get(2)).actions();
        assertThat(((Command.AlterAction.AttachPartition) actions.get(0)).partition().display()).isEqualTo("s.p1");
        assertThat(((Command.AlterAction.DetachPartition) actions.get(1)).partition().name()).isEqualTo("p2");
    }

    @Test
    void constraintsAddedWithNotValidAndUsingIndexAndValidated() {
        String sql = "ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID, ADD CONSTRAINT u UNIQUE USING INDEX i, "
                + "VALIDATE CONSTRAINT c, DROP CONSTRAINT IF EXISTS old CASCADE, ADD CHECK (b <> '')";
        List<Command.AlterAction> actions = single(sql, Command.AlterTable.class).actions();
        Command.ConstraintDef check = ((Command.AlterAction.AddConstraint) actions.get(0)).constraint();
        assertThat(check.notValid()).isTrue();
        assertThat(check.kind()).isEqualTo(ConstraintKind.CHECK);
        Command.ConstraintDef unique = ((Command.AlterAction.AddConstraint) actions.get(1)).constraint();
        assertThat(unique.usingIndex()).contains(ident(sql, "i,", "i", 1));
        assertThat(actions.get(2)).isEqualTo(new Command.AlterAction.ValidateConstraint(
                ident(sql, "c, DROP", "c", 1), spanOf(sql, "VALIDATE CONSTRAINT c")));
        assertThat(actions.get(3)).isEqualTo(new Command.AlterAction.DropConstraint(ident(sql, "old", "old"), true,
                true, spanOf(sql, "DROP CONSTRAINT IF EXISTS old CASCADE")));
        assertThat(((Command.AlterAction.AddConstraint) actions.get(4)).constraint().name()).isEmpty();
    }

    @Test
    void otherAlterTableActionsAreUnderstoodWithoutEffect() {
        String sql = "ALTER TABLE ONLY \"D\" ENABLE ROW LEVEL SECURITY, OWNER TO app, SET (fillfactor = 70)";
        List<Command.AlterAction> actions = single(sql, Command.AlterTable.class).actions();
        assertThat(actions).extracting(a -> ((Command.AlterAction.Other) a).description())
                .containsExactly("ENABLE ROW LEVEL SECURITY", "OWNER TO app", "SET (fillfactor = 70)");
    }

    @Test
    void dataStatementsNameTheirTargetAndWhetherTheyFilter() {
        String sql = "UPDATE \"User\" u SET a = 1 FROM \"Team\" t WHERE t.id = u.team;"
                + "INSERT INTO public.\"Log\" (a) SELECT a FROM b WHERE c;DELETE FROM ONLY x;"
                + "WITH d AS (SELECT 1) UPDATE y SET z = 1;SELECT 1;UPDATE e SET f = E'it\\'s' WHERE g;";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.DataChange(Command.DataChange.Kind.UPDATE,
                Optional.of(name(sql, "\"User\"", "User")), true));
        assertThat(commands.get(1)).isEqualTo(new Command.DataChange(Command.DataChange.Kind.INSERT,
                Optional.of(new SqlName(Optional.of("public"), "Log", spanOf(sql, "public.\"Log\""))), true));
        assertThat(commands.get(2)).isEqualTo(new Command.DataChange(Command.DataChange.Kind.DELETE,
                Optional.of(name(sql, "x;", "x", 1)), false));
        assertThat(((Command.DataChange) commands.get(3)).kind()).isEqualTo(Command.DataChange.Kind.UPDATE);
        assertThat(((Command.DataChange) commands.get(3)).hasWhere()).isFalse();
        assertThat(commands.get(4)).isEqualTo(new Command.DataChange(Command.DataChange.Kind.SELECT,
                Optional.empty(), false));
        assertThat(commands.get(5)).isEqualTo(new Command.DataChange(Command.DataChange.Kind.UPDATE,
                Optional.of(name(sql, "e SET f", "e", 1)), true));
    }

    @Test
    void commentsAndGrantsAreUnderstoodWithoutEffect() {
        assertThat(commands("COMMENT ON INDEX \"i\" IS 'x';GRANT SELECT ON t TO r;"))
                .containsExactly(new Command.Other("COMMENT"), new Command.Other("GRANT"));
    }

    @Test
    void policiesAreReadForTheirTableAndName() {
        String sql = "CREATE POLICY p ON s.t FOR SELECT TO r USING (true);"
                + "ALTER POLICY p ON s.t RENAME TO q;ALTER POLICY q ON s.t TO r;ALTER POLICY q ON s.t WITH CHECK (x);"
                + "DROP POLICY IF EXISTS q ON s.t CASCADE;";
        List<Command> commands = commands(sql);
        Command.CreatePolicy create = (Command.CreatePolicy) commands.get(0);
        assertThat(create.name()).isEqualTo(ident(sql, "p ON", "p", 1));
        assertThat(create.table().display()).isEqualTo("s.t");
        assertThat(((Command.AlterPolicy) commands.get(1)).renamedTo()).map(Ident::name).contains("q");
        assertThat(((Command.AlterPolicy) commands.get(2)).expressions()).isFalse();
        assertThat(((Command.AlterPolicy) commands.get(3)).expressions()).isTrue();
        assertThat(((Command.DropPolicy) commands.get(4)).ifExists()).isTrue();
    }

    @Test
    void statementsNoRecognizerReadsGoToJsqlparser() {
        String sql = "CALL archive_events(30);\nEXPLAIN (SELECT;";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.Other("EXECUTE"));
        int paren = sql.indexOf("(SELECT");
        assertThat(commands.get(1)).isEqualTo(new Command.Unparsed("syntax error at or near \"(\"",
                Optional.of(new Span(paren, paren + 1))));
    }

    @Test
    void nonsenseBecomesUnparsedWithTheParsersComplaintAndPlace() {
        String sql = "DROP TABLE;\nFROBNICATE the database;\nCREATE INDEX ON t (a) WHERE;";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.Unparsed("expected an identifier, found end of statement",
                Optional.of(new Span(10, 10))));
        int frobnicate = sql.indexOf("FROBNICATE");
        assertThat(commands.get(1)).isEqualTo(new Command.Unparsed("not a PostgreSQL statement",
                Optional.of(new Span(frobnicate, frobnicate + 10))));
        assertThat(commands.get(2)).isEqualTo(new Command.Unparsed("expected an expression, found end of statement",
                Optional.of(new Span(sql.length() - 1, sql.length() - 1))));
    }
}
