package dev.driftguard.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The types that well-known extensions create, so that replay knows {@code vector} exists once
 * {@code CREATE EXTENSION vector} ran, and a finding about a missing type can name the extension that provides it;
 * and the functions of theirs that column defaults call ({@code uuid_generate_v4()}), which tie those defaults to the
 * extension.
 */
public final class ExtensionTypes {

    private static final Map<String, List<String>> TYPES_BY_EXTENSION = load("extension-types.properties");
    private static final Map<String, List<String>> FUNCTIONS_BY_EXTENSION = load("extension-functions.properties");
    private static final Map<String, String> EXTENSION_BY_TYPE = invert(TYPES_BY_EXTENSION);

    private ExtensionTypes() {
    }

    public static List<String> typesOf(String extension) {
        return TYPES_BY_EXTENSION.getOrDefault(extension, List.of());
    }

    /** The functions of the extension that a column default may call; empty for an extension not listed. */
    public static List<String> functionsOf(String extension) {
        return FUNCTIONS_BY_EXTENSION.getOrDefault(extension, List.of());
    }

    /** The extension that creates a type of this name, when it is a well-known one. */
    public static Optional<String> extensionProviding(String type) {
        return Optional.ofNullable(EXTENSION_BY_TYPE.get(type));
    }

    private static Map<String, List<String>> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ExtensionTypes.class.getResourceAsStream(resource)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String>> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, Arrays.stream(((String) v).split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()));
        return Map.copyOf(map);
    }

    private static Map<String, String> invert(Map<String, List<String>> byExtension) {
        Map<String, String> map = new HashMap<>();
        byExtension.forEach((ext, types) -> types.forEach(t -> map.putIfAbsent(t, ext)));
        return Map.copyOf(map);
    }
}
