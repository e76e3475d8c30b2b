/**
 * Reads Prisma schemas into the relational schema {@code prisma migrate} creates on PostgreSQL.
 *
 * <p>{@link dev.driftguard.prisma.PrismaSchemaParser} is the entry point and
 * {@link dev.driftguard.prisma.PrismaSchemaReader} the {@code SchemaReader} core finds through the service loader.
 * Reading goes in three steps, one package each:
 * <ol>
 *   <li>{@code syntax}: the ANTLR grammar ({@code src/main/antlr4}) and the one adapter that turns its parse tree
 *       into our syntax tree ({@code ast}); nothing else sees an ANTLR type;</li>
 *   <li>{@code model}: name resolution and Prisma's validation rules, giving what Prisma's DMMF describes;</li>
 *   <li>{@code relational}: tables, columns, types as {@code format_type} prints them, defaults, keys, indexes,
 *       foreign keys, join tables and enums, named as Prisma names them.</li>
 * </ol>
 * Problems become diagnostics worded as Prisma words them; the test suite compares both the model and the
 * diagnostics with golden files written by Prisma's own schema engine ({@code src/test/reference}).
 */
package dev.driftguard.prisma;
