package dev.driftguard.rules.builtin;

import dev.driftguard.Severity;
import dev.driftguard.rules.Rule;
import dev.driftguard.rules.RuleInfo;
import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.Command;
import dev.driftguard.sql.Command.AlterAction;
import dev.driftguard.sql.Ident;
import dev.driftguard.sql.SqlName;
import dev.driftguard.sql.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A name longer than 63 bytes: PostgreSQL truncates it to 63 bytes with only a NOTICE, so the object gets another
 * name than the migration (and the ORM) uses, and two long names with the same first 63 bytes collide.
 */
@RuleInfo(id = "identifier-too-long", severity = Severity.WARNING,
        summary = "An identifier longer than 63 bytes, which PostgreSQL silently truncates")
public final class IdentifierTooLongRule implements Rule {

    private static final int NAMEDATALEN_MINUS_ONE = 63;

    /** A name the statement gives to a new object, and where it is written. */
    record NewName(String name, Span span) {
        static NewName of(Ident ident) {
            return new NewName(ident.name(), ident.span());
        }

        static NewName of(SqlName name) {
            return new NewName(name.name(), name.span());
        }
    }

    @Override
    public void checkStatement(StatementContext context) {
        String text = context.migration().source().text();
        for (NewName name : newNames(context.statement().command())) {
            // The front end already truncated the name as PostgreSQL does; the file still holds it as written.
            String written = lastPart(text.substring(name.span().start(), name.span().end()));
            int bytes = written.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > NAMEDATALEN_MINUS_ONE) {
                context.report(name.span(),
                        "\"" + written + "\" is " + bytes + " bytes long: PostgreSQL truncates it to \"" + name.name()
                                + "\", so later statements and the application that use the full name do not find it",
                        "choose a name of at most 63 bytes (with Prisma: map(\"...\") on the field, @@index or "
                                + "@@unique, or @@map on the model)");
            }
        }
    }

    /** The last dot-separated part of a name as written, without its quotes: {@code "a"."b""c"} gives {@code b"c}. */
    static String lastPart(String written) {
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < written.length() && written.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '.' && !quoted) {
                part.setLength(0);
            } else if (quoted || !Character.isWhitespace(c)) {
                part.append(c);
            }
        }
        return part.toString();
    }

    private static List<NewName> newNames(Command command) {
        return command.accept(new NewNames());
    }

    /** The names a command gives to new objects. */
    private static final class NewNames extends CommandKinds<List<NewName>> {
        NewNames() {
            super(List.of());
        }

        @Override
        public List<NewName> visit(Command.CreateTable c) {
            List<NewName> names = new ArrayList<>();
            names.add(NewName.of(c.name()));
            c.columns().forEach(col -> {
                names.add(NewName.of(col.name()));
                col.inline().forEach(def -> def.name().ifPresent(n -> names.add(NewName.of(n))));
            });
            c.constraints().forEach(def -> def.name().ifPresent(n -> names.add(NewName.of(n))));
            return names;
        }

        @Override
        public List<NewName> visit(Command.AlterTable c) {
            List<NewName> names = new ArrayList<>();
            for (AlterAction action : c.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    names.add(NewName.of(add.column().name()));
                } else if (action instanceof AlterAction.AddConstraint add) {
                    add.constraint().name().ifPresent(n -> names.add(NewName.of(n)));
                } else if (action instanceof AlterAction.RenameColumn rename) {
                    names.add(NewName.of(rename.to()));
                } else if (action instanceof AlterAction.RenameConstraint rename) {
                    names.add(NewName.of(rename.to()));
                } else if (action instanceof AlterAction.RenameTable rename) {
                    names.add(NewName.of(rename.to()));
                }
            }
            return names;
        }

        @Override
        public List<NewName> visit(Command.CreateIndex c) {
            return c.name().map(n -> List.of(NewName.of(n))).orElse(List.of());
        }

        @Override
        public List<NewName> visit(Command.RenameIndex c) {
            return List.of(NewName.of(c.to()));
        }

        @Override
        public List<NewName> visit(Command.CreateEnumType c) {
            return List.of(NewName.of(c.name()));
        }

        @Override
        public List<NewName> visit(Command.CreateView c) {
            return List.of(NewName.of(c.name()));
        }

        @Override
        public List<NewName> visit(Command.CreateSequence c) {
            return List.of(NewName.of(c.name()));
        }
    }
}
