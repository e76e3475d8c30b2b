package dev.driftguard.config;

import dev.driftguard.Finding;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of reading a file the user wrote: its value, or the problems that stop it from being used. Problems
 * are findings (located in the file when possible) so every report format can show them; the file's source is
 * included so the text format can show the offending line.
 *
 * @param value    the value, present exactly when there are no problems
 * @param problems what is wrong with the file, in file order
 * @param source   the file as read, when it could be read
 */
public record LoadResult<T>(Optional<T> value, List<Finding> problems, Optional<SourceFile> source) {

    public LoadResult {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        if (value.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a load result has either a value or problems");
        }
    }

    static <T> LoadResult<T> loaded(T value, Optional<SourceFile> source) {
        return new LoadResult<>(Optional.of(value), List.of(), source);
    }

    static <T> LoadResult<T> invalid(List<Finding> problems, Optional<SourceFile> source) {
        return new LoadResult<>(Optional.empty(), problems, source);
    }

    /** True when the file could be used. */
    public boolean isValid() {
        return value.isPresent();
    }

    /** One line per problem, {@code file:line:column: message}, for printing without a renderer. */
    public String describeProblems() {
        return problems.stream()
                .map(p -> p.location().map(l -> l + ": ").orElse("") + p.message())
                .collect(Collectors.joining("\n"));
    }
}
