package dev.driftguard.volatility;

import dev.driftguard.catalog.CatalogView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The coercions PostgreSQL has between two types of one server major ({@code pg_cast} of that major, the same
 * tables the volatility analysis reads), for rules that predict a type check in DDL. Types are written as the
 * catalog model stores column types; a type it does not know is never judged.
 */
public final class TypeCoercions {

    /**
     * Types whose btree operator family has cross-type equality operators ({@code integer_ops}, {@code float_ops},
     * {@code datetime_ops}, and {@code text_ops} with {@code name} since PostgreSQL 12): a foreign key between two
     * of one family needs no cast.
     */
    private static final List<Set<String>> CROSS_TYPE_EQUALITY = List.of(
            Set.of("smallint", "integer", "bigint"),
            Set.of("real", "double precision"),
            Set.of("date", "timestamp without time zone", "timestamp with time zone"),
            Set.of("text", "name"));

    private final TypeSystem types;

    public TypeCoercions(CatalogView catalog, int major) {
        this.types = new TypeSystem(BuiltinTables.forMajor(major), catalog);
    }

    /**
     * The type as PostgreSQL resolves it, without type modifiers ({@code character varying(20)} is
     * {@code character varying}, a domain is its base type); empty when the model does not know it.
     */
    public Optional<String> resolve(String written) {
        return types.canonical(written);
    }

    /** Whether a value of {@code source} is converted to {@code target} without a cast being written. */
    public boolean implicit(String source, String target) {
        return types.pathway(source, target, TypeSystem.Context.IMPLICIT).isPresent();
    }

    /** Whether {@code source} can be stored in a column of {@code target} (assignment context). */
    public boolean assignment(String source, String target) {
        return types.pathway(source, target, TypeSystem.Context.ASSIGNMENT).isPresent();
    }

    /** Whether both types are arrays, or one is: the rules here leave array keys alone. */
    public boolean isArray(String type) {
        return types.category(type) == 'A';
    }

    /** Whether a btree operator family compares the two types with no conversion. */
    public boolean comparableWithoutCast(String a, String b) {
        return a.equals(b) || CROSS_TYPE_EQUALITY.stream().anyMatch(f -> f.contains(a) && f.contains(b));
    }
}
