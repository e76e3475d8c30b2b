package dev.driftguard.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and as whom to read the target database, parsed from the URL forms people paste: {@code postgresql://},
 * {@code postgres://} (libpq, Prisma) and {@code jdbc:postgresql://}.
 *
 * <p>Passwords are often pasted unencoded, so the credentials end at the <em>last</em> {@code @} that is followed by
 * a host: {@code postgresql://postgres:Halinh!@34@172.17.0.1:5432/db} is user {@code postgres}, password
 * {@code Halinh!@34}. An {@code @} inside the query string must therefore be percent-encoded. Without a password in
 * the URL, {@code PGPASSWORD} and then the password file ({@code PGPASSFILE} or {@code ~/.pgpass}) are consulted as
 * libpq does.
 *
 * <p>The password never leaves this object in text meant for people: {@link #toString()} is {@link #redactedUrl()}
 * and {@link #redact(String)} scrubs it from any message.
 *
 * @param parameters URL query parameters other than credentials, decoded ({@code sslmode}, {@code schema}, ...)
 */
public record ConnectionSettings(String host, int port, String database, String user, Optional<String> password,
                                 Map<String, String> parameters, ReadLimits limits) {

    private static final int DEFAULT_PORT = 5432;
    private static final String MASK = "***";
    private static final Pattern HOST_PORT =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._~%-]*)(?::(\\d{1,5}))?");

    /** libpq parameter names, as pgjdbc spells them. Others in the URL are kept but not sent to the driver. */
    private static final Map<String, String> DRIVER_PROPERTIES = Map.ofEntries(
            Map.entry("sslmode", "sslmode"),
            Map.entry("sslrootcert", "sslrootcert"),
            Map.entry("sslcert", "sslcert"),
            Map.entry("sslkey", "sslkey"),
            Map.entry("sslpassword", "sslpassword"),
            Map.entry("options", "options"),
            Map.entry("target_session_attrs", "targetServerType"),
            Map.entry("gssencmode", "gssEncMode"));

    public ConnectionSettings {
        parameters = Map.copyOf(parameters);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range");
        }
    }

    /** Parses a URL, taking a missing password from the real environment. */
    public static ConnectionSettings parse(String url) {
        return parse(url, ConnectionEnvironment.system());
    }

    /**
     * Parses a URL, taking a missing user from {@code PGUSER} (else the OS user) and a missing password from
     * {@code PGPASSWORD} or the password file of {@code environment}.
     *
     * @throws TargetDatabaseException ({@link TargetDatabaseException.Reason#INVALID_SETTINGS}) naming what is wrong;
     *                                 the message never repeats the URL, which may hold a password
     */
    public static ConnectionSettings parse(String url, ConnectionEnvironment environment) {
        String rest = stripScheme(url.strip());

        int at = credentialsSeparator(rest);
        String userInfo = at < 0 ? "" : rest.substring(0, at);
        String afterCredentials = rest.substring(at + 1);

        int hostEnd = indexOfAny(afterCredentials, "/?");
        String hostPort = hostEnd < 0 ? afterCredentials : afterCredentials.substring(0, hostEnd);
        String pathAndQuery = hostEnd < 0 ? "" : afterCredentials.substring(hostEnd);
        Matcher hp = HOST_PORT.matcher(hostPort);
        if (!hp.matches()) {
            throw invalid(hostPort.contains(",")
                    ? "several hosts in one URL are not supported; give one host"
                    : "the host and port after '@' are not a host[:port]");
        }
        String host = decode(hp.group(1));
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        int port = DEFAULT_PORT;
        if (hp.group(2) != null) {
            port = Integer.parseInt(hp.group(2));
            if (port < 1 || port > 65535) {
                throw invalid("port " + port + " is out of range");
            }
        }

        int queryStart = pathAndQuery.indexOf('?');
        String path = queryStart < 0 ? pathAndQuery : pathAndQuery.substring(0, queryStart);
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        Map<String, String> parameters = queryStart < 0 ? new LinkedHashMap<>()
                : parseQuery(pathAndQuery.substring(queryStart + 1));

        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (!userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon))).filter(u -> !u.isEmpty());
            if (colon >= 0) {
                password = Optional.of(decode(userInfo.substring(colon + 1)));
            }
        }
        Optional<String> queryUser = Optional.ofNullable(parameters.remove("user"));
        Optional<String> queryPassword = Optional.ofNullable(parameters.remove("password"));
        user = user.or(() -> queryUser);
        password = password.or(() -> queryPassword);

        if (host.isEmpty()) {
            host = environment.variable("PGHOST").orElse("localhost");
        }
        String resolvedUser = user.or(() -> environment.variable("PGUSER")).orElse(environment.osUser());
        if (database.isEmpty()) {
            database = environment.variable("PGDATABASE").orElse(resolvedUser);
        }
        if (password.isEmpty()) {
            String h = host;
            int p = port;
            String d = database;
            password = environment.variable("PGPASSWORD")
                    .or(() -> PasswordFile.lookup(environment, h, p, d, resolvedUser));
        }
        return new ConnectionSettings(host, port, database, resolvedUser, password, parameters, ReadLimits.defaults());
    }

    /** The same target read with other timeouts. */
    public ConnectionSettings withLimits(ReadLimits newLimits) {
        return new ConnectionSettings(host, port, database, user, password, parameters, newLimits);
    }

    /** The same target with another password, e.g. one a prompt asked for. */
    public ConnectionSettings withPassword(Optional<String> newPassword) {
        return new ConnectionSettings(host, port, database, user, newPassword, parameters, limits);
    }

    /** The Prisma {@code ?schema=} parameter: the schema Prisma migrates, {@code public} when absent. */
    public Optional<String> schema() {
        return Optional.ofNullable(parameters.get("schema")).filter(s -> !s.isEmpty());
    }

    /** The URL without the password, safe to print: {@code postgresql://app:***@db.internal:5432/shop?sslmode=require}. */
    public String redactedUrl() {
        StringBuilder url = new StringBuilder("postgresql://").append(encode(user));
        if (password.isPresent()) {
            url.append(':').append(MASK);
        }
        url.append('@').append(hostForUrl()).append(':').append(port).append('/').append(encode(database));
        String separator = "?";
        for (Map.Entry<String, String> p : new TreeMap<>(parameters).entrySet()) {
            url.append(separator).append(encode(p.getKey())).append('=').append(redactText(encode(p.getValue())));
            separator = "&";
        }
        return url.toString();
    }

    /** {@code text} with every spelling of the password (as is and percent-encoded) replaced by {@code ***}. */
    public String redact(String text) {
        return redactText(text);
    }

    /** The JDBC URL without credentials; credentials go in {@link #driverProperties()}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/" + encode(database);
    }

    /** Properties for the PostgreSQL JDBC driver: credentials, TLS, timeouts and our application name. */
    public Properties driverProperties() {
        Properties props = new Properties();
        props.setProperty("user", user);
        password.ifPresent(p -> props.setProperty("password", p));
        props.setProperty("ApplicationName", "driftguard");
        props.setProperty("connectTimeout", Long.toString(ceilSeconds(limits.connectTimeout().toMillis())));
        // A dead peer that never answers would otherwise hang the read forever; the server-side statement_timeout
        // fires first in every other case.
        props.setProperty("socketTimeout",
                Long.toString(ceilSeconds(limits.statementTimeout().toMillis()) + 30));
        parameters.forEach((name, value) -> {
            String driverName = DRIVER_PROPERTIES.get(name);
            if (driverName != null) {
                props.setProperty(driverName, value);
            }
        });
        Optional.ofNullable(parameters.get("application_name")).ifPresent(v -> props.setProperty("ApplicationName", v));
        // Prisma resolves unqualified names, its own _prisma_migrations included, in ?schema=.
        schema().ifPresent(s -> props.setProperty("currentSchema", s));
        return props;
    }

    /** Where the connection goes, without credentials: {@code db.internal:5432/shop}. */
    public String target() {
        return hostForUrl() + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return redactedUrl();
    }

    private String redactText(String text) {
        if (password.isEmpty() || password.get().isEmpty()) {
            return text;
        }
        String p = password.get();
        return text.replace(p, MASK).replace(encode(p), MASK);
    }

    private String hostForUrl() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static long ceilSeconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    private static String stripScheme(String url) {
        for (String scheme : new String[] {"jdbc:postgresql://", "postgresql://", "postgres://"}) {
            if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
                return url.substring(scheme.length());
            }
        }
        throw invalid("a database URL starts with postgresql://, postgres:// or jdbc:postgresql://");
    }

    /**
     * The {@code @} that ends the credentials: the last one followed by a well-formed host[:port] and then the end,
     * a {@code /} or a {@code ?}. Anything before it, {@code @} included, is user and password.
     */
    private static int credentialsSeparator(String rest) {
        for (int at = rest.lastIndexOf('@'); at >= 0; at = at == 0 ? -1 : rest.lastIndexOf('@', at - 1)) {
            String after = rest.substring(at + 1);
            int end = indexOfAny(after, "/?");
            String hostPort = end < 0 ? after : after.substring(0, end);
            if (HOST_PORT.matcher(hostPort).matches()) {
                return at;
            }
        }
        return -1;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            parameters.put(name, value);
        }
        return parameters;
    }

    /** Percent-decoding as RFC 3986 has it ({@code +} stays a plus); a stray {@code %} is kept literally. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    static String encode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static TargetDatabaseException invalid(String why) {
        return new TargetDatabaseException(TargetDatabaseException.Reason.INVALID_SETTINGS,
                "invalid database URL: " + why);
    }
}
