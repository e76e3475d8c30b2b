package dev.driftguard.prisma;

import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.Column;
import dev.driftguard.catalog.Constraint;
import dev.driftguard.catalog.ConstraintKind;
import dev.driftguard.catalog.EnumType;
import dev.driftguard.catalog.Extension;
import dev.driftguard.catalog.Index;
import dev.driftguard.catalog.Sequence;
import dev.driftguard.catalog.Table;
import dev.driftguard.schema.DeclaredModel;
import dev.driftguard.schema.DeclaredSchema;
import dev.driftguard.schema.SchemaDiagnostic;

/** Renders a declared schema as text, one line per object, for golden files a person can review. */
final class CatalogText {

    private CatalogText() {
    }

    static String render(DeclaredSchema schema) {
        StringBuilder out = new StringBuilder();
        Catalog catalog = schema.catalog();
        out.append("schemas ").append(catalog.schemas()).append('\n');
        for (Extension e : catalog.extensions()) {
            out.append("extension ").append(e.name()).append(" schema=").append(e.schema())
                    .append(" version=").append(e.version().orElse("-")).append('\n');
        }
        for (EnumType e : catalog.enums()) {
            out.append("enum ").append(e.name()).append(' ').append(e.values()).append('\n');
        }
        for (Sequence s : catalog.sequences()) {
            out.append("sequence ").append(s.name()).append(' ').append(s.dataType()).append(" owned by ")
                    .append(s.ownedBy().orElse("-")).append('\n');
        }
        for (Table table : catalog.tables()) {
            out.append("table ").append(table.name()).append('\n');
            for (Column c : table.columns()) {
                out.append("  ").append(c.name()).append(' ').append(c.type()).append(c.nullable() ? "" : " NOT NULL")
                        .append(c.defaultExpr().map(d -> " DEFAULT " + d).orElse("")).append('\n');
            }
            for (Constraint c : catalog.constraintsOf(table.name())) {
                out.append("  ").append(c.kind() == ConstraintKind.PRIMARY_KEY ? "primary key " : "foreign key ")
                        .append(c.name()).append(' ').append(c.columns());
                c.referencedTable().ifPresent(t -> out.append(" -> ").append(t).append(' ')
                        .append(c.referencedColumns()).append(" ON DELETE ").append(c.onDelete().orElse("-"))
                        .append(" ON UPDATE ").append(c.onUpdate().orElse("-")));
                out.append('\n');
            }
            for (Index i : catalog.indexesOf(table.name())) {
                out.append("  index ").append(i.name().name()).append(i.primary() ? " PRIMARY" : "")
                        .append(i.unique() ? " UNIQUE" : "").append(" USING ").append(i.method()).append(' ')
                        .append(String.join(", ", i.keys())).append('\n');
            }
        }
        for (DeclaredModel m : schema.models()) {
            out.append("model ").append(m.modelName()).append(" -> ").append(m.table())
                    .append(m.location().map(l -> " at " + l).orElse("")).append('\n');
        }
        for (SchemaDiagnostic d : schema.diagnostics()) {
            out.append(d.severity().label()).append(' ').append(d.location()).append(' ').append(d.message())
                    .append('\n');
        }
        return out.toString();
    }
}
