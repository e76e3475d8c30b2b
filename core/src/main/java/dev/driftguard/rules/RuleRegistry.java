package dev.driftguard.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds rules: the built-in ones are every {@link RuleInfo}-annotated class in {@code dev.driftguard.rules.builtin}
 * (so adding a rule touches no list), custom ones come through {@link ServiceLoader}.
 */
public final class RuleRegistry {

    private static final String BUILTIN_PACKAGE = "dev/driftguard/rules/builtin/";
    private static final List<Rule> BUILTIN = scanBuiltin();

    private RuleRegistry() {
    }

    /** The built-in rules, sorted by id. */
    public static List<Rule> builtin() {
        return BUILTIN;
    }

    /** Rules registered in {@code META-INF/services/dev.driftguard.rules.Rule} on this class loader. */
    public static List<Rule> discovered(ClassLoader loader) {
        List<Rule> rules = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(rules::add);
        rules.sort(Comparator.comparing(r -> r.metadata().id()));
        return List.copyOf(rules);
    }

    private static List<Rule> scanBuiltin() {
        List<Rule> rules = new ArrayList<>();
        for (String className : builtinClassNames()) {
            try {
                Class<?> type = Class.forName(className, true, RuleRegistry.class.getClassLoader());
                if (Rule.class.isAssignableFrom(type) && type.isAnnotationPresent(RuleInfo.class)) {
                    rules.add((Rule) type.getDeclaredConstructor().newInstance());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate built-in rule " + className, e);
            }
        }
        rules.sort(Comparator.comparing(r -> r.metadata().id()));
        return List.copyOf(rules);
    }

    private static List<String> builtinClassNames() {
        try {
            Path location = Paths.get(RuleRegistry.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> entries = new ArrayList<>();
            if (Files.isDirectory(location)) {
                Path dir = location.resolve(BUILTIN_PACKAGE);
                try (Stream<Path> files = Files.list(dir)) {
                    files.map(p -> BUILTIN_PACKAGE + p.getFileName()).forEach(entries::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(JarEntry::getName)
                            .filter(n -> n.startsWith(BUILTIN_PACKAGE) && n.indexOf('/', BUILTIN_PACKAGE.length()) < 0)
                            .forEach(entries::add);
                }
            }
            return entries.stream()
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
