package dev.driftguard.catalog;

import java.util.Optional;

/**
 * What stands on what in a catalog, as PostgreSQL records it in {@code pg_depend}: rules ask it to predict a 2BP01,
 * replay asks it to know what a {@code CASCADE} takes along, so that both agree.
 */
public final class Dependencies {

    private Dependencies() {
    }

    /**
     * The primary key, unique or exclusion constraint whose index this is (the index has the constraint's name); the
     * index cannot be dropped on its own, only with the constraint.
     */
    public static Optional<Constraint> constraintOwning(CatalogView catalog, Index index) {
        return catalog.constraintsOf(index.table()).stream()
                .filter(c -> c.kind() == ConstraintKind.PRIMARY_KEY || c.kind() == ConstraintKind.UNIQUE
                        || c.kind() == ConstraintKind.EXCLUSION)
                .filter(c -> c.name().equals(index.name().name()))
                .findFirst();
    }
}
