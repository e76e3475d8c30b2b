package dev.driftguard.prisma.ast;

import dev.driftguard.Location;
import dev.driftguard.SourceFile;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets in one schema file. Every node of the tree carries one, so
 * that diagnostics can point at the exact token; {@link SourceFile} turns it into line and column.
 */
public record Span(SourceFile file, int start, int end) {

    public Location location() {
        return file.location(start, end);
    }
}
