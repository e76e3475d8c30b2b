package dev.driftguard.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * libpq's password file ({@code ~/.pgpass}): lines of {@code hostname:port:database:username:password}, the first
 * matching line wins, {@code *} matches anything, {@code \:} and {@code \\} escape, {@code #} starts a comment.
 * Like libpq, a file that group or others may read is ignored: it would leak passwords.
 */
final class PasswordFile {

    private PasswordFile() {
    }

    static Optional<String> lookup(ConnectionEnvironment environment, String host, int port, String database,
                                   String user) {
        Optional<Path> file = environment.passwordFile().filter(Files::isRegularFile);
        if (file.isEmpty() || readableByOthers(file.get())) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file.get());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        String[] wanted = {host, Integer.toString(port), database, user};
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            boolean matches = true;
            for (int i = 0; i < 4 && matches; i++) {
                String field = fields.get(i);
                matches = field.equals("*") || field.equals(wanted[i]);
            }
            if (matches) {
                return Optional.of(fields.get(4));
            }
        }
        return Optional.empty();
    }

    /** Splits on unescaped colons; like libpq, the password also ends at an unescaped colon. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    private static boolean readableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            // No POSIX permissions (Windows): libpq does not check there either.
            return false;
        }
    }
}
