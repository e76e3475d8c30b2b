package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.rules.builtin.AddedForeignKeys.AddedForeignKey;
import dev.driftguard.sql.Ident;
import dev.driftguard.volatility.TypeCoercions;
import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL implements a foreign key with the equality operator of the referenced key's operator family: either
 * one that takes both column types (integer, float, date/time and text families), or the key's own after an
 * implicit cast of the referencing type ({@code ATAddForeignKeyConstraint} in {@code tablecmds.c}). With neither,
 * it refuses the key. Types the model does not know, and array keys, are not judged.
 */
@RuleInfo(id = "foreign-key-type-mismatch", severity = Severity.ERROR,
        summary = "A foreign key column's type cannot be compared with the referenced column's type")
public final class ForeignKeyTypeMismatchRule implements Rule {

    private static final String DATATYPE_MISMATCH = "42804";

    @Override
    public void checkStatement(StatementContext context) {
        List<AddedForeignKey> keys = AddedForeignKeys.of(context);
        if (keys.isEmpty()) {
            return;
        }
        TypeCoercions coercions = new TypeCoercions(context.catalog(), context.targetMajor());
        for (AddedForeignKey key : keys) {
            Optional<List<String>> referenced = key.effectiveReferencedColumns();
            if (!key.hasMatchingUniqueKey() || referenced.isEmpty()
                    || referenced.get().size() != key.columns().size()) {
                continue;
            }
            for (int i = 0; i < key.columns().size(); i++) {
                Ident column = key.columns().get(i);
                String referencedColumn = referenced.get().get(i);
                Optional<String> from = coercions.resolve(key.referencing().columnTypes().get(column.name()));
                Optional<String> to = Optional.ofNullable(key.referenced().columnTypes().get(referencedColumn))
                        .flatMap(coercions::resolve);
                if (from.isEmpty() || to.isEmpty() || coercions.isArray(from.get()) || coercions.isArray(to.get())) {
                    continue;
                }
                if (!coercions.comparableWithoutCast(from.get(), to.get()) && !coercions.implicit(from.get(), to.get())) {
                    context.reportFailure(column.span(),
                            "foreign key constraint \"" + key.name() + "\" cannot be implemented: key columns \""
                                    + column.name() + "\" and \"" + referencedColumn + "\" are of incompatible types: "
                                    + from.get() + " and " + to.get(),
                            "give \"" + column.name() + "\" the type of \"" + key.referenced().name().name() + "\".\""
                                    + referencedColumn + "\" (" + to.get() + ") in an earlier statement, or "
                                    + "reference a column of the same type", DATATYPE_MISMATCH);
                    break;
                }
            }
        }
    }
}
