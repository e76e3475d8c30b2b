package dev.driftguard.sql;

/**
 * One statement of a migration file.
 *
 * @param span    the statement's text in the file, from its first token to its terminating semicolon (exclusive)
 * @param text    the statement's text, comments inside it kept
 * @param command what it does
 */
public record SqlStatement(Span span, String text, Command command) {
}
