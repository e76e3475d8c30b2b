package dev.driftguard.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What libpq would look at besides the URL: environment variables ({@code PGPASSWORD}, {@code PGPASSFILE},
 * {@code PGUSER}) and the home directory holding {@code .pgpass}. Injectable so tests need not touch the real ones.
 *
 * @param variables environment variables
 * @param home      the user's home directory
 * @param osUser    the operating-system user, libpq's default database user
 */
public record ConnectionEnvironment(Map<String, String> variables, Optional<Path> home, String osUser) {

    public ConnectionEnvironment {
        variables = Map.copyOf(variables);
    }

    public static ConnectionEnvironment system() {
        String home = System.getProperty("user.home");
        return new ConnectionEnvironment(System.getenv(),
                home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home)),
                System.getProperty("user.name", "postgres"));
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(v -> !v.isEmpty());
    }

    /** {@code PGPASSFILE}, else {@code ~/.pgpass}. */
    public Optional<Path> passwordFile() {
        return variable("PGPASSFILE").map(Path::of).or(() -> home.map(h -> h.resolve(".pgpass")));
    }
}
