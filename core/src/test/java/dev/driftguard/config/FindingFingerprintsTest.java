package dev.driftguard.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftguard.Finding;
import dev.driftguard.Location;
import dev.driftguard.Severity;
import dev.driftguard.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingFingerprintsTest {

    @Test
    void offendingTextIsTheSpanWithWhitespaceCollapsed() {
        SourceFile source = new SourceFile("a.sql", "SELECT  now(\n   )  ;\n");
        Finding finding = finding(Optional.of(new Location("a.sql", 1, 9, 2, 5)));
        assertThat(FindingFingerprints.offendingText(finding, Map.of("a.sql", source))).isEqualTo("now( )");
    }

    @Test
    void emptySpanFallsBackToItsLine() {
        SourceFile source = new SourceFile("a.sql", "  CREATE   INDEX i;\n");
        Finding finding = finding(Optional.of(new Location("a.sql", 1, 3, 1, 3)));
        assertThat(FindingFingerprints.offendingText(finding, Map.of("a.sql", source))).isEqualTo("CREATE INDEX i;");
    }

    @Test
    void unreadSourceFallsBackToTheMessage() {
        Finding finding = finding(Optional.of(new Location("gone.sql", 4, 1, 4, 2)));
        assertThat(FindingFingerprints.offendingText(finding, Map.of())).isEqualTo("the message");
    }

    @Test
    void fingerprintsDoNotDependOnTheOrderFindingsAreGiven() {
        SourceFile source = new SourceFile("a.sql", "x;\nx;\n");
        Finding first = finding(Optional.of(new Location("a.sql", 1, 1, 1, 2)));
        Finding second = finding(Optional.of(new Location("a.sql", 2, 1, 2, 2)));
        List<String> forward = FindingFingerprints.of(List.of(first, second), Map.of("a.sql", source));
        List<String> backward = FindingFingerprints.of(List.of(second, first), Map.of("a.sql", source));
        assertThat(forward).doesNotHaveDuplicates();
        assertThat(backward).containsExactly(forward.get(1), forward.get(0));
    }

    private static Finding finding(Optional<Location> location) {
        return new Finding("r", Severity.ERROR, "the  message ", location, Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
