package dev.driftguard.prisma;

import dev.driftguard.prisma.model.PrismaSchema;
import dev.driftguard.schema.DeclaredSchema;

/**
 * A schema read both ways: as Prisma models it ({@code prisma}, what its DMMF describes) and as the relational schema
 * its migrations create ({@code declared}).
 */
public record ParsedSchema(PrismaSchema prisma, DeclaredSchema declared) {
}
