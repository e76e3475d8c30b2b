package dev.driftguard.drift;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.QualifiedName;
import dev.driftguard.catalog.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares three views of one database: what the schema declares, what replaying every migration from an empty
 * database creates, and what the target has. Each object falls into one story, so a person reads "4 models were never
 * deployed" instead of forty lines of diff.
 */
public final class DriftAnalysis {

    /** Prisma's own bookkeeping table: in the target, never in the schema or the history. */
    private static final Set<String> HISTORY_TABLES = Set.of("_prisma_migrations",
            "flyway_schema_history");
    private static final String ABSENT = "";
    /** Every PostgreSQL database has plpgsql; it is nobody's drift. */
    private static final String ALWAYS_INSTALLED = "plpgsql";

    private DriftAnalysis() {
    }

    /**
     * @param schema  the declared schema's catalog, when the project has one
     * @param history every migration replayed on an empty database
     * @param target  the target's catalog
     */
    public static DriftReport compare(Optional<Catalog> schema, Catalog history, Catalog target) {
        Map<Story, List<DriftItem>> stories = new LinkedHashMap<>();
        for (Story story : Story.values()) {
            stories.put(story, new ArrayList<>());
        }
        Catalog declared = schema.orElse(history);
        Map<String, Story> tableStories = new LinkedHashMap<>();
        compareObjects("table", declared.tables(), history.tables(), target.tables(),
                t -> t.name().display(), t -> "present", t -> "", stories, tableStories);
        compareColumns(declared, history, target, stories);
        // An index or constraint that is missing exactly where its table is missing tells no story of its own.
        compareObjects("index", declared.indexes(), history.indexes(), target.indexes(),
                i -> i.name().display(), DriftAnalysis::describe, i -> i.table().display(), stories, tableStories);
        compareObjects("constraint", declared.constraints(), history.constraints(), target.constraints(),
                c -> c.table().display() + "." + c.name(), c -> c.kind().name().toLowerCase(Locale.ROOT),
                c -> c.table().display(), stories, tableStories);
        compareObjects("enum", declared.enums(), history.enums(), target.enums(),
                e -> e.name().display(), e -> String.join(", ", e.values()), e -> "", stories, tableStories);
        compareObjects("extension", declared.extensions(), history.extensions(),
                target.extensions().stream().filter(e -> !ALWAYS_INSTALLED.equals(e.name())).toList(),
                Extension::name, e -> "installed", e -> "", stories, tableStories);
        List<DriftGroup> groups = new ArrayList<>();
        stories.forEach((story, items) -> {
            if (!items.isEmpty()) {
                groups.add(new DriftGroup(story.headline(items), story.remedy, items));
            }
        });
        return new DriftReport(groups);
    }

    private static void compareColumns(Catalog schema, Catalog history, Catalog target,
                                       Map<Story, List<DriftItem>> stories) {
        // Columns of tables missing somewhere are already told by the table's story; compare the rest.
        Map<QualifiedName, Table> s = byName(schema.tables(), Table::name);
        Map<QualifiedName, Table> h = byName(history.tables(), Table::name);
        Map<QualifiedName, Table> t = byName(target.tables(), Table::name);
        for (QualifiedName name : new TreeSet<>(s.keySet())) {
            if (h.containsKey(name) && t.containsKey(name)) {
                compareObjects("column", s.get(name).columns(), h.get(name).columns(), t.get(name).columns(),
                        c -> name.display() + "." + c.name(), DriftAnalysis::describe, c -> "", stories, Map.of());
            }
        }
    }

    private static <T> void compareObjects(String kind, List<T> schema, List<T> history, List<T> target,
                                           Function<T, String> key, Function<T, String> describe,
                                           Function<T, String> owner, Map<Story, List<DriftItem>> stories,
                                           Map<String, Story> tableStories) {
        Map<String, String> owners = new LinkedHashMap<>();
        for (List<T> view : List.of(schema, history, target)) {
            view.forEach(o -> owners.putIfAbsent(key.apply(o), owner.apply(o)));
        }
        Map<String, String> s = described(schema, key, describe);
        Map<String, String> h = described(history, key, describe);
        Map<String, String> t = described(target, key, describe);
        TreeSet<String> all = new TreeSet<>(s.keySet());
        all.addAll(h.keySet());
        all.addAll(t.keySet());
        for (String object : all) {
            String ownerTable = owners.getOrDefault(object, "");
            if (HISTORY_TABLES.contains(object) || HISTORY_TABLES.contains(ownerTable)) {
                continue;
            }
            String inS = s.getOrDefault(object, ABSENT);
            String inH = h.getOrDefault(object, ABSENT);
            String inT = t.getOrDefault(object, ABSENT);
            Story story = Story.of(inS, inH, inT);
            if (kind.equals("table") && story != null) {
                tableStories.put(object, story);
            }
            if (story != null && !(story != Story.DIFFERENT && story == tableStories.get(ownerTable))) {
                stories.get(story).add(new DriftItem(kind, object, inS, inH, inT));
            }
        }
    }

    private static <T> Map<String, String> described(List<T> objects, Function<T, String> key,
                                                     Function<T, String> describe) {
        Map<String, String> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(key.apply(o), describe.apply(o)));
        return map;
    }

    private static <K, T> Map<K, T> byName(List<T> objects, Function<T, K> key) {
        Map<K, T> map = new LinkedHashMap<>();
        objects.forEach(o -> map.put(key.apply(o), o));
        return map;
    }

    private static String describe(Column column) {
        return normalizeType(column.type()) + (column.nullable() ? "" : " not null");
    }

    private static String describe(Index index) {
        return (index.unique() ? "unique " : "") + index.method() + " ("
                + String.join(", ", index.keys().stream().map(DriftAnalysis::unquoteIdentifier).toList()) + ")"
                + index.predicate().map(p -> " where " + p).orElse("");
    }

    /** {@code "userId"} and {@code userId} name the same key column; how it was written is no drift. */
    private static String unquoteIdentifier(String key) {
        return key.length() > 1 && key.startsWith("\"") && key.endsWith("\"") && key.indexOf('"', 1) == key.length() - 1
                ? key.substring(1, key.length() - 1) : key;
    }

    private static String normalizeType(String type) {
        return type.toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** Each way the three views can disagree, in the order a person should read them. */
    private enum Story {
        NEVER_MIGRATED("the schema declares {n} that no migration creates and the target lacks",
                "create a migration (npx prisma migrate dev), or drop them from the schema"),
        NOT_IN_TARGET("migrations create {n} that the target does not have (pending, or dropped by hand)",
                "deploy the pending migrations (driftguard lint first); if they were applied, find out who dropped them"),
        DROPPED_FROM_SCHEMA("the migration history creates {n} that the schema no longer declares",
                "write a migration that drops them, or restore them in the schema"),
        HAND_MADE_IN_TARGET("the target has {n} that neither the schema nor the migrations know",
                "capture them in a migration (prisma migrate diff), or drop them from the target"),
        ONLY_OUTSIDE_HISTORY("the schema and the target have {n} that no migration creates",
                "baseline them with a migration (prisma migrate diff --from-migrations), so new databases get them"),
        DIFFERENT("{n} differ between schema, migrations and target",
                "make schema, migrations and target agree: write a migration for the change");

        private final String template;
        private final String remedy;

        Story(String template, String remedy) {
            this.template = template;
            this.remedy = remedy;
        }

        String headline(List<DriftItem> items) {
            Map<String, Integer> kinds = new LinkedHashMap<>();
            items.forEach(i -> kinds.merge(i.kind(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            kinds.forEach((kind, count) -> parts.add(count + " " + kind + (count == 1 ? "" : plural(kind))));
            String counted = parts.size() == 1 ? parts.get(0)
                    : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
            return template.replace("{n}", counted);
        }

        private static String plural(String kind) {
            return kind.endsWith("x") ? "es" : "s";
        }

        static Story of(String s, String h, String t) {
            boolean inS = !s.isEmpty();
            boolean inH = !h.isEmpty();
            boolean inT = !t.isEmpty();
            if (inS && !inH && !inT) {
                return NEVER_MIGRATED;
            }
            if (inS && inH && !inT) {
                return NOT_IN_TARGET;
            }
            if (!inS && inH) {
                return DROPPED_FROM_SCHEMA;
            }
            if (!inS && !inH && inT) {
                return HAND_MADE_IN_TARGET;
            }
            if (inS && !inH) {
                return ONLY_OUTSIDE_HISTORY;
            }
            if (s.equals(h) && h.equals(t)) {
                return null;
            }
            return DIFFERENT;
        }
    }
}
