package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.rules.builtin.AddedForeignKeys.AddedForeignKey;
import java.util.List;

/**
 * A foreign key must reference columns that a primary key or a unique, non-partial index on plain columns covers
 * exactly ({@code transformFkeyCheckAttrs} in PostgreSQL's {@code tablecmds.c}); without referenced columns it
 * references the primary key, which must exist. Then both sides must have as many columns.
 */
@RuleInfo(id = "foreign-key-without-unique-key", severity = Severity.ERROR,
        summary = "A foreign key references columns that no primary key or unique constraint covers, or a table "
                + "without a primary key, or has more or fewer columns than the key it references")
public final class ForeignKeyWithoutUniqueKeyRule implements Rule {

    private static final String INVALID_FOREIGN_KEY = "42830";
    private static final String UNDEFINED_OBJECT = "42704";

    @Override
    public void checkStatement(StatementContext context) {
        for (AddedForeignKey key : AddedForeignKeys.of(context)) {
            String table = key.referenced().name().name();
            if (!key.hasMatchingUniqueKey()) {
                if (key.referencedColumns().isEmpty()) {
                    context.reportFailure(key.referencedSpan(),
                            "there is no primary key for referenced table \"" + table + "\"",
                            "name the referenced columns, which a unique constraint must cover, or add a primary key "
                                    + "to \"" + table + "\" in an earlier migration", UNDEFINED_OBJECT);
                } else {
                    List<String> columns = key.referencedColumns().stream().map(c -> c.name()).toList();
                    context.reportFailure(key.referencedSpan(),
                            "there is no unique constraint matching given keys for referenced table \"" + table
                                    + "\": no primary key, unique constraint or unique index covers exactly ("
                                    + String.join(", ", columns) + ")",
                            "reference the primary key, or add a unique constraint on exactly these columns in an "
                                    + "earlier migration (a partial or expression index does not count)",
                            INVALID_FOREIGN_KEY);
                }
                continue;
            }
            int referenced = key.effectiveReferencedColumns().map(List::size).orElse(0);
            if (referenced != key.columns().size()) {
                context.reportFailure(key.referencedSpan(),
                        "number of referencing and referenced columns for foreign key \"" + key.name()
                                + "\" disagree: " + key.columns().size() + " against " + referenced,
                        "list as many referencing columns as the referenced key has", INVALID_FOREIGN_KEY);
            }
        }
    }
}
