package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.catalog.AvailableExtension;
import dev.driftguard.catalog.CatalogView;
import dev.driftguard.catalog.ExtensionTypes;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.TypeName;
import java.util.Optional;
import java.util.Set;

/** A column or domain uses a type that does not exist, typically one an extension would create. */
@RuleInfo(id = "missing-type", severity = Severity.ERROR,
        summary = "A column uses a type that is neither built in nor created by the target or an earlier migration")
public final class MissingTypeRule implements Rule {

    private static final String UNDEFINED_OBJECT = "42704";
    /** Pseudo-types that only CREATE TABLE and ADD COLUMN understand. */
    private static final Set<String> SERIALS =
            Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    @Override
    public void checkStatement(StatementContext context) {
        if (context.inDoBlock()) {
            return;
        }
        Command command = context.statement().command();
        if (command instanceof Command.CreateTable c) {
            c.columns().forEach(col -> check(context, col.type(), true));
        } else if (command instanceof Command.AlterTable c
                && context.catalog().resolveTable(c.table().schema(), c.table().name()).isPresent()) {
            for (Command.AlterAction action : c.actions()) {
                if (action instanceof Command.AlterAction.AddColumn add) {
                    check(context, add.column().type(), true);
                } else if (action instanceof Command.AlterAction.AlterColumnType alter) {
                    check(context, alter.type(), false);
                }
            }
        } else if (command instanceof Command.CreateDomain c) {
            check(context, c.baseType(), false);
        } else if (command instanceof Command.AddEnumValue c) {
            checkAltered(context, c.type());
        } else if (command instanceof Command.RenameEnumValue c) {
            checkAltered(context, c.type());
        } else if (command instanceof Command.RenameType c) {
            checkAltered(context, c.type());
        } else if (command instanceof Command.DropType c && !c.ifExists()) {
            c.names().stream().filter(n -> !context.catalog().typeExists(n.schema(), n.name())).findFirst()
                    .ifPresent(n -> checkAltered(context, n));
        }
    }

    /** ALTER TYPE and DROP TYPE of a type that is not there at all. */
    private static void checkAltered(StatementContext context, SqlName type) {
        if (context.catalog().typeExists(type.schema(), type.name())) {
            return;
        }
        context.reportFailure(type.span(),
                "type \"" + type.display() + "\" does not exist in the target and no earlier migration creates it",
                "correct the name (quoted names are case-sensitive), or create the type in an earlier migration",
                UNDEFINED_OBJECT);
    }

    private static void check(StatementContext context, TypeName type, boolean serialAllowed) {
        CatalogView catalog = context.catalog();
        if ((serialAllowed && SERIALS.contains(type.name())) || catalog.typeExists(type.schema(), type.name())) {
            return;
        }
        String display = type.schema().map(s -> s + ".").orElse("") + type.name();
        Optional<String> extension = ExtensionTypes.extensionProviding(type.name());
        String message;
        String fix;
        if (extension.isPresent()) {
            String ext = extension.get();
            boolean installed = catalog.extension(ext).isPresent();
            Optional<Boolean> available = catalog.availableExtensions()
                    .map(list -> list.stream().map(AvailableExtension::name).anyMatch(ext::equals));
            message = "type \"" + display + "\" does not exist: it comes from extension \"" + ext + "\", which is "
                    + (installed ? "installed in a schema outside the search_path"
                    : "neither installed in the target nor created by an earlier migration")
                    + (available.orElse(true) ? "" : ", and the server cannot install it (it is not in "
                    + "pg_available_extensions)");
            fix = installed
                    ? "qualify the type with the extension's schema, or add that schema to the search_path"
                    : "add CREATE EXTENSION IF NOT EXISTS \"" + ext + "\"; to an earlier migration"
                    + (available.orElse(true) ? "" : ", after installing the extension's package on the server");
        } else {
            message = "type \"" + display + "\" does not exist in the target and no earlier migration creates it";
            fix = "create the type (CREATE TYPE or CREATE EXTENSION) in an earlier migration, or use an existing type";
        }
        context.reportFailure(type.span(), message, fix, UNDEFINED_OBJECT);
    }
}
