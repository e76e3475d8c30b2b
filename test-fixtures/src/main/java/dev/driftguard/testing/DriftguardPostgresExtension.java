package dev.driftguard.testing;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves {@link TestDatabase} parameters for {@link DriftguardPostgres}. Registered by the annotation; there is no
 * need to name it in {@code @ExtendWith}.
 */
public final class DriftguardPostgresExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DriftguardPostgresExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestDatabase.class
                && (parameter.isAnnotated(DriftguardPostgres.class) || annotatedClass(context).isPresent());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Optional<DriftguardPostgres> onParameter = parameter.findAnnotation(DriftguardPostgres.class);
        if (onParameter.isPresent()) {
            return database(context, onParameter.get(), purpose(context));
        }
        ExtensionContext classContext = annotatedClass(context)
                .orElseThrow(() -> new ParameterResolutionException("no @DriftguardPostgres for " + parameter));
        DriftguardPostgres onClass = annotation(classContext.getRequiredTestClass()).orElseThrow();
        return database(classContext, onClass, classContext.getRequiredTestClass().getSimpleName());
    }

    /** The database of {@code settings} in {@code scope}, made on first use and dropped when the scope ends. */
    private static TestDatabase database(ExtensionContext scope, DriftguardPostgres settings, String purpose) {
        Settings key = Settings.of(settings);
        return scope.getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> ProvisionedDatabase.create(k, purpose), ProvisionedDatabase.class)
                .database();
    }

    /** The nearest class context, from this one outwards, whose class carries the annotation. */
    private static Optional<ExtensionContext> annotatedClass(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            ExtensionContext candidate = c.get();
            if (candidate.getTestMethod().isEmpty() && candidate.getTestClass().flatMap(
                    DriftguardPostgresExtension::annotation).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Optional<DriftguardPostgres> annotation(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, DriftguardPostgres.class);
    }

    private static String purpose(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName()
                + context.getTestMethod().map(m -> "_" + m.getName()).orElse("");
    }

    /** The annotation's values, as a store key: equal settings in one scope share a database. */
    private record Settings(String version, String migrations, String upTo) {
        static Settings of(DriftguardPostgres annotation) {
            return new Settings(annotation.version().trim(), annotation.migrations().trim(), annotation.upTo().trim());
        }
    }

    /** A database made for a scope; the store closes it when the scope ends, which drops it. */
    private record ProvisionedDatabase(PostgresServer server, TestDatabase database) implements AutoCloseable {

        static ProvisionedDatabase create(Settings settings, String purpose) {
            if (!settings.upTo().isEmpty() && settings.migrations().isEmpty()) {
                throw new ExtensionConfigurationException("@DriftguardPostgres(upTo = \"" + settings.upTo()
                        + "\") needs migrations = \"<folder>\" too");
            }
            PostgresServer server = PostgresServer.forVersion(settings.version());
            TestDatabase database = server.createDatabase(purpose);
            if (!settings.migrations().isEmpty()) {
                deploy(database, Path.of(settings.migrations()), settings.upTo());
            }
            return new ProvisionedDatabase(server, database);
        }

        private static void deploy(TestDatabase database, Path migrations, String upTo) {
            if (!Files.isDirectory(migrations)) {
                throw new ExtensionConfigurationException("@DriftguardPostgres(migrations = \"" + migrations
                        + "\"): no such folder under " + Path.of("").toAbsolutePath());
            }
            PrismaMigrator migrator = new PrismaMigrator(database, migrations);
            PrismaMigrator.Deployment deployment;
            try {
                deployment = upTo.isEmpty() ? migrator.deployAll() : migrator.deployUpTo(upTo);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@DriftguardPostgres(upTo = ...): " + e.getMessage(), e);
            } catch (IOException | SQLException e) {
                throw new ExtensionConfigurationException("cannot deploy " + migrations + ": " + e.getMessage(), e);
            }
            deployment.failure().ifPresent(f -> {
                throw new ExtensionConfigurationException("deploying " + migrations + " failed at " + f.migration()
                        + " (SQLSTATE " + f.sqlState() + "): " + f.message());
            });
        }

        @Override
        public void close() {
            server.dropDatabase(database);
        }
    }
}
