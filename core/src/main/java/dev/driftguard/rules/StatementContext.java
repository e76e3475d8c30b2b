package dev.driftguard.rules;

import dev.driftguard.Severity;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.migrations.Migration;
import dev.driftguard.sql.Expr;
import dev.driftguard.sql.Span;
import dev.driftguard.sql.SqlStatement;
import dev.driftguard.volatility.MutableExpression;
import java.util.Map;
import java.util.Optional;

/** What a rule sees of one statement during replay. */
public interface StatementContext {

    Migration migration();

    SqlStatement statement();

    /** The catalog as it stands just before this statement. */
    CatalogView catalog();

    /**
     * True when the statement sits in the body of a {@code DO} block, whose exception handlers may swallow errors:
     * rules that predict a failure stay silent there.
     */
    boolean inDoBlock();

    /** The target's PostgreSQL major: the server's when known, else the configured one. */
    int targetMajor();

    /** True when {@code table} did not exist before the current migration began (it is new, so empty). */
    boolean createdInCurrentMigration(QualifiedName table);

    /**
     * True when the current migration added {@code value} to the enum {@code type}; false when the label was there
     * before it began (an {@code ADD VALUE IF NOT EXISTS} of an existing label adds nothing).
     */
    boolean enumValueAddedInCurrentMigration(QualifiedName type, String value);

    /** True when {@code table} did not exist in the target: a pending migration creates it. */
    boolean createdByPendingMigration(QualifiedName table);

    /** The first non-IMMUTABLE part of an expression over columns of the given types. */
    Optional<MutableExpression> firstMutable(Expr expression, Map<String, String> columnTypes);

    /** Reports a finding at {@code span} with the rule's configured severity. */
    void report(Span span, String message, String fix);

    /** Reports a finding that predicts PostgreSQL will fail with {@code sqlState}. */
    void reportFailure(Span span, String message, String fix, String sqlState);

    /** Reports with a severity the rule chose (e.g. raised for a large table); configuration may still override it. */
    void report(Severity severity, Span span, String message, String fix);

    /**
     * True when a live target is being checked and {@code table}'s rows there are the rows this statement will find:
     * the table existed in the target, and no earlier pending statement created, renamed, retyped or wrote to it
     * (nor ran code the model cannot follow, such as a {@code DO} block).
     */
    default boolean rowsKnown(QualifiedName table) {
        return false;
    }

    /**
     * Asks a question of the target's rows, answered after replay when every table it reads is
     * {@linkplain #rowsKnown known}; ignored when the target is a snapshot.
     */
    default void checkRows(RowCheck check) {
    }
}
