package dev.driftguard.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test a real PostgreSQL database, injected as a {@link TestDatabase} parameter.
 *
 * <pre>{@code
 * @DriftguardPostgres(version = "16", migrations = "prisma/migrations", upTo = "20251222050000_add_optimization_log")
 * class DeployTest {
 *     @Test
 *     void nextMigrationsDeployOntoProduction(TestDatabase production) throws Exception {
 *         Report report = Driftguard.forProject(Path.of(".")).against(production.dataSource()).lint();
 *         DriftguardAssertions.assertThat(report).hasNoErrors();
 *     }
 * }
 * }</pre>
 *
 * On a test class, every {@code TestDatabase} parameter of its constructor, lifecycle and test methods (and those of
 * its {@code @Nested} classes) gets the same database, created before the first use and dropped after the class. On
 * a parameter, that parameter gets a database of its own for the test method (or for the class, on a
 * {@code @BeforeAll} method). The server is picked as {@link PostgresServer#forVersion(String)} says: the one in
 * {@code DRIFTGUARD_TEST_DATABASE_URL}, else Testcontainers when Docker is reachable, else embedded PostgreSQL.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
@ExtendWith(DriftguardPostgresExtension.class)
public @interface DriftguardPostgres {

    /**
     * The PostgreSQL version: a major ({@code "15"}) or an exact embedded binaries version ({@code "15.14.0"}).
     * Empty (the default) takes whatever is at hand, PostgreSQL 16 with the default dependencies.
     */
    String version() default "";

    /**
     * A Prisma migrations folder to deploy before the test, relative to the working directory (the module's
     * directory under Maven and Gradle). Empty (the default) leaves the database empty.
     */
    String migrations() default "";

    /**
     * The last migration to deploy, by folder name; empty (the default) deploys them all. Deploy stops, and the
     * test fails, if PostgreSQL rejects one of them.
     */
    String upTo() default "";
}
