package dev.driftguard.prisma.model;

import dev.driftguard.prisma.ast.Argument;
import dev.driftguard.prisma.ast.Expression;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads attribute arguments and property values as the kinds of value each place expects. */
final class Values {

    private Values() {
    }

    static Optional<String> string(Expression e) {
        return e.accept(new Only<>() {
            @Override
            public Optional<String> visitString(Expression.StringValue value) {
                return Optional.of(value.value());
            }
        });
    }

    static Optional<String> number(Expression e) {
        return e.accept(new Only<>() {
            @Override
            public Optional<String> visitNumber(Expression.NumberValue value) {
                return Optional.of(value.text());
            }
        });
    }

    /** An identifier, or the name of a call: {@code Cascade}, {@code vector}, {@code title} of {@code title(sort: Desc)}. */
    static Optional<String> name(Expression e) {
        return e.accept(new Only<>() {
            @Override
            public Optional<String> visitPath(Expression.PathValue value) {
                return Optional.of(value.path());
            }

            @Override
            public Optional<String> visitFunction(Expression.FunctionValue value) {
                return Optional.of(value.name());
            }
        });
    }

    static Optional<Expression.FunctionValue> function(Expression e) {
        return e.accept(new Only<>() {
            @Override
            public Optional<Expression.FunctionValue> visitFunction(Expression.FunctionValue value) {
                return Optional.of(value);
            }
        });
    }

    /** The elements of an array; a single value stands for a list of one, as Prisma allows. */
    static List<Expression> elements(Expression e) {
        return e.accept(new Only<List<Expression>>() {
            @Override
            public Optional<List<Expression>> visitArray(Expression.ArrayValue value) {
                return Optional.of(value.elements());
            }
        }).orElse(List.of(e));
    }

    static List<String> strings(Expression e) {
        return elements(e).stream().map(Values::string).flatMap(Optional::stream).toList();
    }

    static List<String> names(Expression e) {
        return elements(e).stream().map(Values::name).flatMap(Optional::stream).toList();
    }

    /** The arguments of a call, none for anything else. */
    static List<Argument> arguments(Expression e) {
        return function(e).map(Expression.FunctionValue::arguments).orElse(List.of());
    }

    /** The {@code ops:} argument as written: Prisma's name ({@code JsonbPathOps}) or the text of {@code raw("...")}. */
    static String operatorClass(Expression e) {
        Optional<Expression.FunctionValue> raw = function(e).filter(f -> f.name().equals("raw"));
        if (raw.isPresent()) {
            return raw.get().arguments().stream().findFirst().flatMap(a -> string(a.value())).orElse("");
        }
        return name(e).orElse("");
    }

    /** The value as Prisma prints it in messages. */
    static String source(Expression e) {
        return e.accept(new Expression.Visitor<>() {
            @Override
            public String visitString(Expression.StringValue value) {
                return "\"" + value.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            }

            @Override
            public String visitNumber(Expression.NumberValue value) {
                return value.text();
            }

            @Override
            public String visitPath(Expression.PathValue value) {
                return value.path();
            }

            @Override
            public String visitFunction(Expression.FunctionValue value) {
                return value.name() + "(" + value.arguments().stream().map(Values::source)
                        .collect(Collectors.joining(", ")) + ")";
            }

            @Override
            public String visitArray(Expression.ArrayValue value) {
                return value.elements().stream().map(Values::source).collect(Collectors.joining(", ", "[", "]"));
            }

            @Override
            public String visitObject(Expression.ObjectValue value) {
                return value.entries().stream().map(Values::source).collect(Collectors.joining(", ", "{", "}"));
            }
        });
    }

    private static String source(Argument argument) {
        return argument.name().map(n -> n.text() + ": ").orElse("") + source(argument.value());
    }

    /** A visitor that answers empty for every kind of expression it does not override. */
    private abstract static class Only<T> implements Expression.Visitor<Optional<T>> {
        @Override
        public Optional<T> visitString(Expression.StringValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<T> visitNumber(Expression.NumberValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<T> visitPath(Expression.PathValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<T> visitFunction(Expression.FunctionValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<T> visitArray(Expression.ArrayValue value) {
            return Optional.empty();
        }

        @Override
        public Optional<T> visitObject(Expression.ObjectValue value) {
            return Optional.empty();
        }
    }
}
