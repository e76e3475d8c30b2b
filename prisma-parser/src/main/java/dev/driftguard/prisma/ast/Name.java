package dev.driftguard.prisma.ast;

/** An identifier as written, with where it is written. */
public record Name(String text, Span span) {
}
