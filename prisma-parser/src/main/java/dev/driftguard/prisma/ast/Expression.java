package dev.driftguard.prisma.ast;

import java.util.List;

/** A value in an attribute argument or a configuration property. */
public sealed interface Expression {

    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of expression, so that callers need no {@code instanceof} ladder. */
    interface Visitor<R> {
        R visitString(StringValue value);

        R visitNumber(NumberValue value);

        R visitPath(PathValue value);

        R visitFunction(FunctionValue value);

        R visitArray(ArrayValue value);

        R visitObject(ObjectValue value);
    }

    /** A string literal with its escapes resolved. */
    record StringValue(String value, Span span) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    /** A numeric literal as written, e.g. {@code -1}, {@code 1.5}. */
    record NumberValue(String text, Span span) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumber(this);
        }
    }

    /** An identifier or dotted path: {@code true}, {@code Cascade}, {@code STUDENT}, {@code Desc}, {@code a.b}. */
    record PathValue(String path, Span span) implements Expression {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitPath(this);
        }
    }

    /** A call such as {@code now()}, {@code env("URL")}, {@code dbgenerated("gen_random_uuid()")}, {@code id(sort: Desc)}. */
    record FunctionValue(String name, List<Argument> arguments, Span span) implements Expression {
        public FunctionValue {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitFunction(this);
        }
    }

    /** {@code [a, b]}. */
    record ArrayValue(List<Expression> elements, Span span) implements Expression {
        public ArrayValue {
            elements = List.copyOf(elements);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArray(this);
        }
    }

    /** {@code { key: value, ... }}. */
    record ObjectValue(List<Argument> entries, Span span) implements Expression {
        public ObjectValue {
            entries = List.copyOf(entries);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitObject(this);
        }
    }
}
