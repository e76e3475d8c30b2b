package dev.driftguard.sql;

import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.PartitionKey;
import dev.driftguard.catalog.Volatility;
import java.util.List;
import java.util.Optional;

/**
 * What one SQL statement does, in our own model. Replay applies these to a catalog; rules read them. Every name
 * and expression carries its span so that findings point at the exact token.
 */
public sealed interface Command {

    /** Dispatches on the command's kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per command kind, so that handlers cannot forget one. */
    interface Visitor<R> {
        R visit(CreateTable command);

        R visit(AlterTable command);

        R visit(DropTable command);

        R visit(Truncate command);

        R visit(CreateIndex command);

        R visit(DropIndex command);

        R visit(RenameIndex command);

        R visit(RenameSequence command);

        R visit(Reindex command);

        R visit(CreateEnumType command);

        R visit(CreateOtherType command);

        R visit(AddEnumValue command);

        R visit(RenameEnumValue command);

        R visit(RenameType command);

        R visit(DropType command);

        R visit(CreateDomain command);

        R visit(CreateSchema command);

        R visit(DropSchema command);

        R visit(CreateExtension command);

        R visit(DropExtension command);

        R visit(CreateFunction command);

        R visit(DropFunction command);

        R visit(CreateView command);

        R visit(DropView command);

        R visit(CreateSequence command);

        R visit(DropSequence command);

        R visit(CreateTrigger command);

        R visit(CreatePolicy command);

        R visit(DropPolicy command);

        R visit(AlterPolicy command);

        R visit(Transaction command);

        R visit(LockTable command);

        R visit(SetParameter command);

        R visit(DataChange command);

        R visit(DoBlock command);

        R visit(Other command);

        R visit(Unparsed command);
    }


    // ---- tables -------------------------------------------------------------------------------------------------

    /**
     * {@code CREATE [TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name (...)}, also {@code PARTITION OF}, {@code AS SELECT}
     * and {@code (LIKE source ...)}.
     *
     * @param like        the {@code LIKE} clauses among the table elements, in the order written
     * @param partitionBy {@code PARTITION BY RANGE|LIST|HASH (...)}: the table is a partitioned table
     */
    record CreateTable(SqlName name, boolean ifNotExists, List<ColumnDef> columns, List<ConstraintDef> constraints,
                       Optional<SqlName> partitionOf, boolean asSelect, List<LikeClause> like,
                       Optional<PartitionKey> partitionBy) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            like = List.copyOf(like);
        }

        public CreateTable(SqlName name, boolean ifNotExists, List<ColumnDef> columns, List<ConstraintDef> constraints,
                           Optional<SqlName> partitionOf, boolean asSelect, List<LikeClause> like) {
            this(name, ifNotExists, columns, constraints, partitionOf, asSelect, like, Optional.empty());
        }

        public CreateTable(SqlName name, boolean ifNotExists, List<ColumnDef> columns, List<ConstraintDef> constraints,
                           Optional<SqlName> partitionOf, boolean asSelect) {
            this(name, ifNotExists, columns, constraints, partitionOf, asSelect, List.of());
        }
    }

    /**
     * {@code LIKE source [INCLUDING ...]} in a table's element list: the source's columns are copied where the
     * clause stands.
     *
     * @param columnsBefore how many column definitions precede the clause
     */
    record LikeClause(SqlName source, int columnsBefore) {
    }

    /**
     * A column definition.
     *
     * @param notNull      {@code Optional.of(true)} for NOT NULL, {@code of(false)} for an explicit NULL
     * @param inline       constraints written on the column ({@code PRIMARY KEY}, {@code UNIQUE}, {@code REFERENCES},
     *                     {@code CHECK}); their {@code columns} name this column
     * @param identity     {@code GENERATED ... AS IDENTITY}
     */
    record ColumnDef(Ident name, TypeName type, Optional<Boolean> notNull, Optional<Expr> defaultValue,
                     Optional<Expr> generated, boolean identity, List<ConstraintDef> inline, Span span) {
        public ColumnDef {
            inline = List.copyOf(inline);
        }
    }

    /**
     * A table constraint, written in {@code CREATE TABLE}, {@code ADD CONSTRAINT} or inline on a column.
     *
     * @param usingIndex {@code ADD CONSTRAINT ... UNIQUE USING INDEX idx}
     */
    record ConstraintDef(Optional<Ident> name, ConstraintKind kind, List<Ident> columns, Optional<Reference> references,
                         Optional<Expr> check, boolean notValid, Optional<Ident> usingIndex, Span span) {
        public ConstraintDef {
            columns = List.copyOf(columns);
        }
    }

    /** {@code REFERENCES table (cols) ON DELETE ... ON UPDATE ...}; actions upper case, e.g. {@code SET NULL}. */
    record Reference(SqlName table, List<Ident> columns, Optional<String> onDelete, Optional<String> onUpdate) {
        public Reference {
            columns = List.copyOf(columns);
        }
    }

    /**
     * {@code ALTER TABLE [IF EXISTS] [ONLY] name action, ...}.
     *
     * @param only {@code ONLY} was written: the actions do not recurse to inheritance children or partitions
     */
    record AlterTable(SqlName table, boolean ifExists, List<AlterAction> actions, boolean only) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public AlterTable {
            actions = List.copyOf(actions);
        }

        public AlterTable(SqlName table, boolean ifExists, List<AlterAction> actions) {
            this(table, ifExists, actions, false);
        }
    }

    /** One action of an {@code ALTER TABLE}. */
    sealed interface AlterAction {
        Span span();

        <R> R accept(Visitor<R> visitor);

        /** One method per action kind. */
        interface Visitor<R> {
            R visit(AddColumn action);

            R visit(DropColumn action);

            R visit(AlterColumnType action);

            R visit(SetNotNull action);

            R visit(DropNotNull action);

            R visit(SetDefault action);

            R visit(DropDefault action);

            R visit(AddConstraint action);

            R visit(DropConstraint action);

            R visit(ValidateConstraint action);

            R visit(RenameColumn action);

            R visit(RenameConstraint action);

            R visit(RenameTable action);

            R visit(SetSchema action);

            R visit(AttachPartition action);

            R visit(DetachPartition action);

            R visit(Other action);
        }


        record AddColumn(ColumnDef column, boolean ifNotExists, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record DropColumn(Ident column, boolean ifExists, boolean cascade, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        /** {@code ALTER COLUMN c [SET DATA] TYPE t [USING expr]}. */
        record AlterColumnType(Ident column, TypeName type, Optional<Expr> using, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record SetNotNull(Ident column, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record DropNotNull(Ident column, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record SetDefault(Ident column, Expr value, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record DropDefault(Ident column, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record AddConstraint(ConstraintDef constraint, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record DropConstraint(Ident name, boolean ifExists, boolean cascade, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record ValidateConstraint(Ident name, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record RenameColumn(Ident from, Ident to, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record RenameConstraint(Ident from, Ident to, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record RenameTable(Ident to, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        record SetSchema(Ident schema, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        /** {@code ATTACH PARTITION partition FOR VALUES ...} (or {@code DEFAULT}). */
        record AttachPartition(SqlName partition, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        /** {@code DETACH PARTITION partition [CONCURRENTLY | FINALIZE]}. */
        record DetachPartition(SqlName partition, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }

        /** Understood, with no effect on the catalog model (e.g. {@code ENABLE ROW LEVEL SECURITY}, {@code OWNER TO}). */
        record Other(String description, Span span) implements AlterAction {
            @Override
            public <R> R accept(Visitor<R> visitor) {
                return visitor.visit(this);
            }
        }
    }

    /** {@code DROP TABLE [IF EXISTS] a, b [CASCADE]}. */
    record DropTable(List<SqlName> names, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropTable {
            names = List.copyOf(names);
        }
    }

    /** {@code TRUNCATE a, b [CASCADE]}. */
    record Truncate(List<SqlName> names, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public Truncate {
            names = List.copyOf(names);
        }
    }

    // ---- indexes ------------------------------------------------------------------------------------------------

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] [IF NOT EXISTS] [name] ON [ONLY] table [USING method] (keys)
     * [INCLUDE (...)] [WHERE predicate]}.
     *
     * @param method lower case; {@code btree} when not written
     */
    record CreateIndex(Optional<Ident> name, SqlName table, boolean unique, boolean concurrently, boolean ifNotExists,
                       String method, List<IndexKey> keys, List<Ident> include, Optional<Expr> predicate)
            implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public CreateIndex {
            keys = List.copyOf(keys);
            include = List.copyOf(include);
        }
    }

    /**
     * One index key: a column ({@link Expr.ColumnRef}) or an expression.
     *
     * @param opclass  operator class, e.g. {@code jsonb_path_ops}
     * @param ordering e.g. {@code DESC NULLS LAST}
     */
    record IndexKey(Expr expression, Optional<String> collation, Optional<String> opclass, Optional<String> ordering,
                    Span span) {
    }

    record DropIndex(List<SqlName> names, boolean concurrently, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropIndex {
            names = List.copyOf(names);
        }
    }

    /** {@code ALTER SEQUENCE [IF EXISTS] name RENAME TO new}. */
    record RenameSequence(SqlName sequence, Ident to, boolean ifExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code ALTER INDEX [IF EXISTS] name RENAME TO new}. PostgreSQL renames any relation this way, a table too (for
     * compatibility, {@code RangeVarCallbackForAlterRelation} checks the kind of ALTER INDEX except for RENAME).
     */
    record RenameIndex(SqlName index, Ident to, boolean ifExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code REINDEX [(...)] INDEX|TABLE|SCHEMA|DATABASE [CONCURRENTLY] name}. */
    record Reindex(String target, SqlName name, boolean concurrently) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    // ---- types --------------------------------------------------------------------------------------------------

    record CreateEnumType(SqlName name, List<String> values) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public CreateEnumType {
            values = List.copyOf(values);
        }
    }

    /** {@code CREATE TYPE name AS (...)}, range types and the like: known to exist, not modelled further. */
    record CreateOtherType(SqlName name, String kind) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    /** {@code ALTER TYPE t ADD VALUE [IF NOT EXISTS] 'v' [BEFORE|AFTER 'w']}. */
    record AddEnumValue(SqlName type, String value, boolean ifNotExists, Optional<String> before,
                        Optional<String> after, Span valueSpan) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record RenameEnumValue(SqlName type, String from, String to, Span fromSpan) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record RenameType(SqlName type, Ident to) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record DropType(List<SqlName> names, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropType {
            names = List.copyOf(names);
        }
    }

    record CreateDomain(SqlName name, TypeName baseType, boolean notNull) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    // ---- schemas, extensions, functions, views, sequences -------------------------------------------------------

    record CreateSchema(Ident name, boolean ifNotExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record DropSchema(List<Ident> names, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropSchema {
            names = List.copyOf(names);
        }
    }

    record CreateExtension(Ident name, boolean ifNotExists, Optional<String> schema, Optional<String> version)
            implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record DropExtension(List<Ident> names, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropExtension {
            names = List.copyOf(names);
        }
    }

    /**
     * {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}.
     *
     * @param volatility as declared; VOLATILE when the statement does not say
     */
    record CreateFunction(SqlName name, List<TypeName> argumentTypes, Optional<TypeName> returnType,
                          Volatility volatility, String language, boolean orReplace, boolean procedure)
            implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public CreateFunction {
            argumentTypes = List.copyOf(argumentTypes);
        }
    }

    /** @param argumentTypes empty when the statement names no signature */
    record DropFunction(List<SqlName> names, Optional<List<TypeName>> argumentTypes, boolean ifExists, boolean cascade,
                        boolean procedure) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropFunction {
            names = List.copyOf(names);
        }
    }

    record CreateView(SqlName name, boolean orReplace, boolean materialized, boolean ifNotExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record DropView(List<SqlName> names, boolean materialized, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropView {
            names = List.copyOf(names);
        }
    }

    record CreateSequence(SqlName name, boolean ifNotExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    record DropSequence(List<SqlName> names, boolean ifExists, boolean cascade) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DropSequence {
            names = List.copyOf(names);
        }
    }

    /** {@code CREATE [OR REPLACE] TRIGGER name ... ON table ...}. */
    record CreateTrigger(Ident name, SqlName table, SqlName function) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    // ---- session and transactions ------------------------------------------------------------------------------

    /**
     * {@code CREATE POLICY name ON table ... [USING (...)] [WITH CHECK (...)]}. What its expressions read is taken from
     * the statement's text by replay, against the catalog it finds.
     */
    record CreatePolicy(Ident name, SqlName table) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code DROP POLICY [IF EXISTS] name ON table [CASCADE | RESTRICT]}. */
    record DropPolicy(Ident name, SqlName table, boolean ifExists) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * {@code ALTER POLICY name ON table RENAME TO new}, or another {@code ALTER POLICY} (roles, {@code USING},
     * {@code WITH CHECK}).
     *
     * @param renamedTo    the new name of a {@code RENAME TO}
     * @param expressions  whether it gives a {@code USING} or {@code WITH CHECK} expression
     */
    record AlterPolicy(Ident name, SqlName table, Optional<Ident> renamedTo, boolean expressions) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** {@code BEGIN}, {@code START TRANSACTION}, {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code SAVEPOINT}. */
    record Transaction(Kind kind) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public enum Kind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO }
    }

    /** {@code LOCK [TABLE] a, b [IN mode MODE]}; mode upper case, {@code ACCESS EXCLUSIVE} when not written. */
    record LockTable(List<SqlName> tables, String mode) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public LockTable {
            tables = List.copyOf(tables);
        }
    }

    /** {@code SET [LOCAL|SESSION] name = value}, {@code SET name TO value}, {@code RESET name}. */
    record SetParameter(String name, Optional<String> value, boolean local) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    // ---- data ---------------------------------------------------------------------------------------------------

    /**
     * {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code MERGE}, {@code SELECT}, {@code COPY}.
     *
     * @param selectInto the table a top-level {@code SELECT ... INTO [TEMP] [TABLE] name} creates
     */
    record DataChange(Kind kind, Optional<SqlName> table, boolean hasWhere, Optional<SqlName> selectInto)
            implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DataChange(Kind kind, Optional<SqlName> table, boolean hasWhere) {
            this(kind, table, hasWhere, Optional.empty());
        }

        public enum Kind { INSERT, UPDATE, DELETE, MERGE, SELECT, COPY }
    }

    /** {@code DO $$ ... $$}: the DDL statements recognised in its body, with spans into the file. */
    record DoBlock(List<SqlStatement> body, boolean understood) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

        public DoBlock {
            body = List.copyOf(body);
        }
    }

    /** A statement that parses and has no effect the catalog model tracks: GRANT, COMMENT ON, CREATE POLICY, .... */
    record Other(String kind) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }

    /**
     * A statement nothing understood. Replay goes on; the {@code unparsed-statement} rule reports it.
     *
     * @param reason    the parser's complaint, one line
     * @param errorSpan where the parser gave up, when known
     */
    record Unparsed(String reason, Optional<Span> errorSpan) implements Command {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }

    }
}
