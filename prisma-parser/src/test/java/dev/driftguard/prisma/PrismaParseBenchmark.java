package dev.driftguard.prisma;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.SourceFile;
import dev.driftguard.schema.DeclaredSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long a 500-model schema takes to read, from text to relational schema. Measured on demand
 * ({@code mvn -Pbenchmarks -pl prisma-parser -am test}), never in the normal run; the figures go to stdout.
 */
@Tag("benchmark")
class PrismaParseBenchmark {

    private static final int WARMUP = 20;
    private static final int RUNS = 30;

    @Test
    void readsFiveHundredModels() {
        String text = LargeSchemas.withModels(500);
        List<SourceFile> files = List.of(new SourceFile("schema.prisma", text));
        PrismaSchemaParser parser = PrismaSchemaParser.forPrismaMajor(6);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long coldCpuStart = threads.getCurrentThreadCpuTime();
        long coldStart = System.nanoTime();
        DeclaredSchema first = parser.read(files).declared();
        long coldNanos = System.nanoTime() - coldStart;
        long coldCpuNanos = threads.getCurrentThreadCpuTime() - coldCpuStart;
        assertThat(first.catalog().tables()).hasSize(500);

        for (int i = 0; i < WARMUP; i++) {
            parser.read(files);
        }
        // CPU time as well as wall time: on a shared machine the wall clock also counts the time spent waiting for a core.
        long[] nanos = new long[RUNS];
        long[] cpuNanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            parser.read(files);
            nanos[i] = System.nanoTime() - start;
            cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("500 models, %d lines, %d KiB: first read %.1f ms (CPU %.1f ms); then wall median %.1f ms (p90 %.1f ms),"
                        + " CPU median %.1f ms (p90 %.1f ms)%n",
                text.lines().count(), text.length() / 1024, coldNanos / 1e6, coldCpuNanos / 1e6, nanos[RUNS / 2] / 1e6,
                nanos[RUNS * 9 / 10] / 1e6, cpuNanos[RUNS / 2] / 1e6, cpuNanos[RUNS * 9 / 10] / 1e6);
    }
}
