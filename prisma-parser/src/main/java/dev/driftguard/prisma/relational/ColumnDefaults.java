package dev.driftguard.prisma.relational;

import dev.driftguard.prisma.ast.Argument;
import dev.driftguard.prisma.ast.Expression;
import dev.driftguard.prisma.model.PrismaEnum;
import dev.driftguard.prisma.model.PrismaField;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A column's {@code DEFAULT} as Prisma writes it in its migration: {@code CURRENT_TIMESTAMP} for {@code now()}, the
 * expression of {@code dbgenerated("...")}, quoted literals, {@code ARRAY[...]::TYPE[]} for lists. Defaults that the
 * client computes ({@code uuid()}, {@code cuid()}, ...) give none.
 */
final class ColumnDefaults {

    private ColumnDefaults() {
    }

    static Optional<String> render(PrismaField field, Optional<PrismaEnum> enumType, Optional<String> sequence) {
        if (field.defaultValue().isEmpty()) {
            return Optional.empty();
        }
        Expression value = field.defaultValue().get();
        return value.accept(new Expression.Visitor<Optional<String>>() {
            @Override
            public Optional<String> visitString(Expression.StringValue v) {
                if (field.type().equals("DateTime")) {
                    return Optional.of(quote(timestamp(v.value())));
                }
                if (field.type().equals("Decimal") && v.value().matches("-?[0-9]+(\\.[0-9]+)?")) {
                    // Prisma takes a Decimal default written as a string and writes it as a number.
                    return Optional.of(v.value());
                }
                return Optional.of(quote(v.value()));
            }

            @Override
            public Optional<String> visitNumber(Expression.NumberValue v) {
                return Optional.of(v.text());
            }

            @Override
            public Optional<String> visitPath(Expression.PathValue v) {
                return Optional.of(literal(v.path(), enumType));
            }

            @Override
            public Optional<String> visitFunction(Expression.FunctionValue v) {
                return switch (v.name()) {
                    case "now" -> Optional.of("CURRENT_TIMESTAMP");
                    case "autoincrement" -> sequence;
                    case "dbgenerated" -> v.arguments().stream().findFirst().map(Argument::value)
                            .flatMap(ColumnDefaults::stringOf);
                    default -> Optional.empty();
                };
            }

            @Override
            public Optional<String> visitArray(Expression.ArrayValue v) {
                String elements = v.elements().stream()
                        .map(e -> e.accept(this).orElse("NULL"))
                        .collect(Collectors.joining(", "));
                PrismaField element = new PrismaField(field.name(), field.dbName(), field.kind(), field.type(), false,
                        true, field.nativeType(), Optional.empty(), false, false, false, Optional.empty(), false, List.of(),
                        field.span());
                return Optional.of("ARRAY[" + elements + "]::" + ColumnTypes.ddlType(element, enumType) + "[]");
            }

            @Override
            public Optional<String> visitObject(Expression.ObjectValue v) {
                return Optional.empty();
            }
        });
    }

    /** {@code true}, {@code false}, or an enum value as its database label. */
    private static String literal(String path, Optional<PrismaEnum> enumType) {
        if (enumType.isPresent()) {
            return quote(enumType.get().values().stream().filter(v -> v.name().equals(path))
                    .map(PrismaEnum.Value::dbName).findFirst().orElse(path));
        }
        return path;
    }

    private static Optional<String> stringOf(Expression e) {
        return e.accept(new Expression.Visitor<Optional<String>>() {
            @Override
            public Optional<String> visitString(Expression.StringValue v) {
                return Optional.of(v.value());
            }

            @Override
            public Optional<String> visitNumber(Expression.NumberValue v) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitPath(Expression.PathValue v) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitFunction(Expression.FunctionValue v) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitArray(Expression.ArrayValue v) {
                return Optional.empty();
            }

            @Override
            public Optional<String> visitObject(Expression.ObjectValue v) {
                return Optional.empty();
            }
        });
    }

    /**
     * A DateTime literal as Prisma writes it: {@code 2024-01-01T00:00:00Z} becomes {@code 2024-01-01 00:00:00 +00:00};
     * text that is no RFC 3339 timestamp is left as written.
     */
    private static String timestamp(String text) {
        try {
            OffsetDateTime at = OffsetDateTime.parse(text);
            String fraction = at.getNano() == 0 ? "" : ".SSS";
            return at.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss" + fraction + " xxx"));
        } catch (DateTimeParseException notRfc3339) {
            return text;
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
