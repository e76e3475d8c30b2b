package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.at;
import static dev.driftguard.sql.SqlFixtures.commands;
import static dev.driftguard.sql.SqlFixtures.parse;
import static dev.driftguard.sql.SqlFixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.catalog.ConstraintKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DDL Prisma generates, end to end, with exact values and spans. */
class PrismaDdlTest {

    private static final String CREATE_TABLE = """
            -- CreateTable
            CREATE TABLE "User" (
                "id" TEXT NOT NULL,
                "email" VARCHAR(191) NOT NULL,
                "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
                "role" "Role" NOT NULL DEFAULT 'USER',
                "tags" TEXT[],
                "score" DOUBLE PRECISION NOT NULL DEFAULT 0,
                "amount" DECIMAL(65,30),
                "meta" JSONB DEFAULT '{}'::jsonb,

                CONSTRAINT "User_pkey" PRIMARY KEY ("id")
            );
            """;

    @Test
    void createTableKeepsStatementSpanFromFirstTokenToSemicolon() {
        SqlStatement statement = parse(CREATE_TABLE).statements().get(0);
        assertThat(statement.span()).isEqualTo(new Span(15, CREATE_TABLE.lastIndexOf(';')));
        assertThat(statement.text()).startsWith("CREATE TABLE \"User\" (").endsWith(")");
    }

    @Test
    void createTableReadsColumnsTypesDefaultsAndPrimaryKey() {
        Command.CreateTable table = single(CREATE_TABLE, Command.CreateTable.class);
        assertThat(table.name()).isEqualTo(SqlName.unqualified("User", new Span(28, 34)));
        assertThat(table.columns()).extracting(c -> c.name().name())
                .containsExactly("id", "email", "createdAt", "role", "tags", "score", "amount", "meta");
        assertThat(table.columns()).extracting(c -> c.type().formatted()).containsExactly("text",
                "character varying(191)", "timestamp(3) without time zone", "\"Role\"", "text[]", "double precision",
                "numeric(65,30)", "jsonb");
        assertThat(table.columns()).extracting(Command.ColumnDef::notNull).containsExactly(Optional.of(true),
                Optional.of(true), Optional.of(true), Optional.of(true), Optional.empty(), Optional.of(true),
                Optional.empty(), Optional.empty());

        Command.ColumnDef createdAt = table.columns().get(2);
        assertThat(createdAt.name().span()).isEqualTo(new Span(100, 111));
        assertThat(at(CREATE_TABLE, createdAt.type().span())).isEqualTo("TIMESTAMP(3)");
        assertThat(createdAt.defaultValue()).contains(new Expr.SqlValueFunction("CURRENT_TIMESTAMP",
                new Span(142, 159)));
        assertThat(at(CREATE_TABLE, createdAt.span()))
                .isEqualTo("\"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP");

        Command.ColumnDef meta = table.columns().get(7);
        Expr.Cast cast = (Expr.Cast) meta.defaultValue().orElseThrow();
        assertThat(cast.operand()).isEqualTo(new Expr.Literal(Expr.Literal.Kind.STRING, "{}",
                new Span(CREATE_TABLE.indexOf("'{}'"), CREATE_TABLE.indexOf("'{}'") + 4)));
        assertThat(cast.type().name()).isEqualTo("jsonb");

        Command.ConstraintDef pkey = table.constraints().get(0);
        assertThat(pkey.kind()).isEqualTo(ConstraintKind.PRIMARY_KEY);
        assertThat(pkey.name().orElseThrow().name()).isEqualTo("User_pkey");
        assertThat(pkey.columns()).extracting(Ident::name).containsExactly("id");
        assertThat(at(CREATE_TABLE, pkey.span())).isEqualTo("CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\")");
    }

    @Test
    void createUniqueIndexNamesTableAndColumnWithSpans() {
        String sql = "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");";
        Command.CreateIndex index = single(sql, Command.CreateIndex.class);
        assertThat(index.name()).contains(new Ident("User_email_key", new Span(20, 36)));
        assertThat(index.table()).isEqualTo(SqlName.unqualified("User", new Span(40, 46)));
        assertThat(index.unique()).isTrue();
        assertThat(index.method()).isEqualTo("btree");
        assertThat(index.keys()).containsExactly(new Command.IndexKey(
                new Expr.ColumnRef(List.of("email"), new Span(47, 54)), Optional.empty(), Optional.empty(),
                Optional.empty(), new Span(47, 54)));
        assertThat(index.predicate()).isEmpty();
    }

    @Test
    void createIndexWithMethodOpclassExpressionKeysAndPredicate() {
        String sql = "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx ON public.users USING gin (\"data\" jsonb_path_ops);\n"
                + "CREATE INDEX i2 ON t (lower(email), \"createdAt\" DESC NULLS LAST) WHERE deleted_at IS NULL;";
        List<Command> commands = commands(sql);
        Command.CreateIndex gin = (Command.CreateIndex) commands.get(0);
        assertThat(gin.concurrently()).isTrue();
        assertThat(gin.ifNotExists()).isTrue();
        assertThat(gin.table()).isEqualTo(new SqlName(Optional.of("public"), "users", new Span(47, 59)));
        assertThat(gin.method()).isEqualTo("gin");
        assertThat(gin.keys().get(0).opclass()).contains("jsonb_path_ops");

        Command.CreateIndex expression = (Command.CreateIndex) commands.get(1);
        Expr.FunctionCall lower = (Expr.FunctionCall) expression.keys().get(0).expression();
        int lowerAt = sql.indexOf("lower");
        assertThat(lower.name().name()).isEqualTo("lower");
        assertThat(lower.nameSpan()).isEqualTo(new Span(lowerAt, lowerAt + 5));
        assertThat(lower.span()).isEqualTo(new Span(lowerAt, lowerAt + 12));
        assertThat(expression.keys().get(1).ordering()).contains("DESC NULLS LAST");
        Expr.IsTest predicate = (Expr.IsTest) expression.predicate().orElseThrow();
        assertThat(predicate.test()).isEqualTo("NULL");
        assertThat(predicate.negated()).isFalse();
        assertThat(at(sql, predicate.span())).isEqualTo("deleted_at IS NULL");
    }

    @Test
    void alterTableAddsForeignKeyWithActions() {
        String sql = "ALTER TABLE \"Post\" ADD CONSTRAINT \"Post_authorId_fkey\" FOREIGN KEY (\"authorId\") "
                + "REFERENCES \"User\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE;";
        Command.AlterTable alter = single(sql, Command.AlterTable.class);
        assertThat(alter.table()).isEqualTo(SqlName.unqualified("Post", new Span(12, 18)));
        Command.AlterAction.AddConstraint add = (Command.AlterAction.AddConstraint) alter.actions().get(0);
        assertThat(add.span()).isEqualTo(new Span(19, sql.length() - 1));
        Command.ConstraintDef fk = add.constraint();
        assertThat(fk.kind()).isEqualTo(ConstraintKind.FOREIGN_KEY);
        assertThat(fk.columns()).containsExactly(new Ident("authorId", new Span(68, 78)));
        Command.Reference reference = fk.references().orElseThrow();
        assertThat(reference.table()).isEqualTo(SqlName.unqualified("User", new Span(91, 97)));
        assertThat(reference.columns()).containsExactly(new Ident("id", new Span(98, 102)));
        assertThat(reference.onDelete()).contains("CASCADE");
        assertThat(reference.onUpdate()).contains("CASCADE");
    }

    @Test
    void alterTableDropsAndAddsColumnsInOneStatement() {
        String sql = "ALTER TABLE \"User\" DROP COLUMN \"age\",\nADD COLUMN     \"bio\" VARCHAR(20) NOT NULL DEFAULT '';";
        Command.AlterTable alter = single(sql, Command.AlterTable.class);
        assertThat(alter.actions()).hasSize(2);
        assertThat(alter.actions().get(0)).isEqualTo(new Command.AlterAction.DropColumn(
                new Ident("age", new Span(31, 36)), false, false, new Span(19, 36)));
        Command.AlterAction.AddColumn add = (Command.AlterAction.AddColumn) alter.actions().get(1);
        assertThat(add.span().start()).isEqualTo(38);
        assertThat(add.column().name()).isEqualTo(new Ident("bio", new Span(53, 58)));
        assertThat(add.column().type().span()).isEqualTo(new Span(59, 70));
        assertThat(add.column().type().formatted()).isEqualTo("character varying(20)");
        assertThat(add.column().notNull()).contains(true);
        assertThat(add.column().defaultValue()).contains(new Expr.Literal(Expr.Literal.Kind.STRING, "",
                new Span(88, 90)));
    }

    @Test
    void enumTypesAreCreatedAndExtended() {
        String sql = "CREATE TYPE \"Role\" AS ENUM ('USER', 'ADMIN');\nALTER TYPE \"Role\" ADD VALUE 'OWNER';\n"
                + "ALTER TYPE \"Role\" ADD VALUE IF NOT EXISTS 'GUEST' BEFORE 'USER';";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.CreateEnumType(
                SqlName.unqualified("Role", new Span(12, 18)), List.of("USER", "ADMIN")));
        assertThat(commands.get(1)).isEqualTo(new Command.AddEnumValue(SqlName.unqualified("Role", new Span(57, 63)),
                "OWNER", false, Optional.empty(), Optional.empty(), new Span(74, 81)));
        Command.AddEnumValue guest = (Command.AddEnumValue) commands.get(2);
        assertThat(guest.ifNotExists()).isTrue();
        assertThat(guest.before()).contains("USER");
        assertThat(at(sql, guest.valueSpan())).isEqualTo("'GUEST'");
    }

    @Test
    void extensionsAndDropsAreRead() {
        String sql = "CREATE EXTENSION IF NOT EXISTS \"pg_trgm\" WITH SCHEMA public;\nDROP TABLE \"Old\";\n"
                + "DROP INDEX IF EXISTS \"Old_idx\" CASCADE;";
        List<Command> commands = commands(sql);
        assertThat(commands.get(0)).isEqualTo(new Command.CreateExtension(new Ident("pg_trgm", new Span(31, 40)),
                true, Optional.of("public"), Optional.empty()));
        assertThat(commands.get(1)).isEqualTo(new Command.DropTable(
                List.of(SqlName.unqualified("Old", new Span(72, 77))), false, false));
        assertThat(commands.get(2)).isEqualTo(new Command.DropIndex(
                List.of(SqlName.unqualified("Old_idx", new Span(100, 109))), false, true, true));
    }
}
