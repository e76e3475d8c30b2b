package dev.driftguard.rules.builtin;

import dev.driftguard.rules.StatementContext;
import dev.driftguard.sql.SqlStatement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether Prisma generated the current statement. Prisma writes a step comment before every statement it generates
 * ({@code -- CreateTable}, {@code -- AlterTable}, {@code -- CreateIndex}, ...). Rules about choices the Prisma schema
 * makes (column types, key types) stay quiet there: the place to change them is {@code schema.prisma}, and Prisma's
 * defaults would otherwise draw a finding on nearly every model.
 */
final class PrismaGenerated {

    private static final Pattern PRISMA_STEP = Pattern.compile("(?m)^-- [A-Z][A-Za-z]+\\s*$");

    private PrismaGenerated() {
    }

    static boolean statement(StatementContext context) {
        List<SqlStatement> earlier = EarlierStatements.of(context);
        int from = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).span().end();
        int to = context.statement().span().start();
        return from <= to && PRISMA_STEP.matcher(context.migration().source().text().substring(from, to)).find();
    }
}
