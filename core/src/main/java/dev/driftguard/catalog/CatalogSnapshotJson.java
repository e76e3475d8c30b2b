package dev.driftguard.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.driftguard.FileProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link CatalogSnapshot} as JSON: the file {@code driftguard snapshot} writes and {@code --catalog} reads.
 *
 * <p>The format is meant to be read and diffed by people: indented, {@code formatVersion} first, lists in one
 * canonical order ({@link CatalogOrder}), absent values left out rather than written as {@code null}, times as
 * ISO-8601. Reading is strict: an unknown or missing property, a {@code null}, a value of the wrong type or an
 * unsupported {@code formatVersion} is an {@link InvalidSnapshotException} pointing at the line and column.
 */
public final class CatalogSnapshotJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // Convenience predicates such as AppliedMigration.isFailed() are derived, not stored.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .annotationIntrospector(new EveryNonOptionalPropertyRequired())
            .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL))
            .withConfigOverride(Optional.class,
                    o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private static final String FORMAT_VERSION = "formatVersion";

    private CatalogSnapshotJson() {
    }

    /** Writes {@code snapshot} with its catalog in canonical order; leaves {@code out} open. */
    public static void write(CatalogSnapshot snapshot, Writer out) {
        CatalogSnapshot canonical = new CatalogSnapshot(CatalogSnapshot.FORMAT_VERSION, snapshot.takenAt(),
                CatalogOrder.canonical(snapshot.catalog()), snapshot.history(), snapshot.flywayHistory());
        try {
            MAPPER.writerFor(CatalogSnapshot.class).withoutFeatures(
                    com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, canonical);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toJson(CatalogSnapshot snapshot) {
        java.io.StringWriter out = new java.io.StringWriter();
        write(snapshot, out);
        return out.toString();
    }

    public static void write(CatalogSnapshot snapshot, Path file) {
        try (Writer out = Files.newBufferedWriter(file)) {
            write(snapshot, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a snapshot file. */
    public static CatalogSnapshot read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidSnapshotException(file.toString(), 0, 0, "no such file");
        } catch (IOException e) {
            throw new InvalidSnapshotException(file.toString(), 0, 0, "cannot read: " + FileProblem.reason(e));
        }
        return read(json, file.toString());
    }

    /**
     * Reads snapshot JSON; {@code source} names it in error messages.
     *
     * @throws InvalidSnapshotException for anything but a well-formed snapshot of a supported format version
     */
    public static CatalogSnapshot read(String json, String source) {
        checkFormatVersion(json, source);
        try {
            return MAPPER.readValue(json, CatalogSnapshot.class);
        } catch (UnrecognizedPropertyException e) {
            throw invalid(source, e, pathOf(e) + "unknown property \"" + e.getPropertyName() + "\"");
        } catch (InvalidNullException e) {
            throw invalid(source, e, pathOf(e) + "null is not allowed; leave an absent value out");
        } catch (JsonMappingException e) {
            throw invalid(source, e, pathOf(e) + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw invalid(source, e, e.getOriginalMessage());
        }
    }

    /**
     * Reads the top-level {@code formatVersion} first, so a file written by a newer Driftguard is refused with that
     * reason rather than with a complaint about some field this version does not know.
     */
    private static void checkFormatVersion(String json, String source) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw at(source, parser.currentTokenLocation(), "a catalog snapshot is a JSON object");
            }
            Optional<Integer> version = Optional.empty();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (FORMAT_VERSION.equals(field)) {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw at(source, parser.currentTokenLocation(), "formatVersion must be an integer");
                    }
                    int v = parser.getIntValue();
                    if (v != CatalogSnapshot.FORMAT_VERSION) {
                        throw at(source, parser.currentTokenLocation(), "unsupported snapshot formatVersion " + v
                                + "; this Driftguard reads formatVersion " + CatalogSnapshot.FORMAT_VERSION);
                    }
                    version = Optional.of(v);
                }
                parser.skipChildren();
            }
            if (version.isEmpty()) {
                throw at(source, parser.currentTokenLocation(),
                        "no formatVersion: this is not a Driftguard catalog snapshot");
            }
            if (parser.nextToken() != null) {
                throw at(source, parser.currentTokenLocation(), "unexpected content after the snapshot object");
            }
        } catch (JsonProcessingException e) {
            throw invalid(source, e, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidSnapshotException(source, 0, 0, "cannot read: " + e.getMessage());
        }
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : "at " + path + ": ";
    }

    private static InvalidSnapshotException invalid(String source, JsonProcessingException e, String problem) {
        JsonLocation location = Optional.ofNullable(e.getLocation()).orElse(JsonLocation.NA);
        return new InvalidSnapshotException(source, location.getLineNr(), location.getColumnNr(), problem);
    }

    private static InvalidSnapshotException at(String source, JsonLocation location, String problem) {
        return new InvalidSnapshotException(source, location.getLineNr(), location.getColumnNr(), problem);
    }

    /**
     * Makes every record component but an {@code Optional} one required, so a missing name or list is reported
     * where it is missing instead of surfacing later as a null.
     */
    private static final class EveryNonOptionalPropertyRequired extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasRequiredMarker(AnnotatedMember member) {
            if (member instanceof AnnotatedParameter) {
                return member.getRawType() != Optional.class;
            }
            return super.hasRequiredMarker(member);
        }
    }
}
