package dev.driftguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftguardVersionTest {

    @Test
    void theBuildFilledInThePomVersion() {
        assertThat(DriftguardVersion.current().release()).isNotEqualTo("unknown").doesNotContain("${")
                .matches("\\d+\\.\\d+\\.\\d+.*");
        DriftguardVersion.current().commit().ifPresent(c -> assertThat(c).matches("[0-9a-f]{7,}"));
    }

    @Test
    void aSnapshotNamesItsCommitAndAReleaseDoesNot() {
        assertThat(new DriftguardVersion("0.1.0-SNAPSHOT", Optional.of("32a8a6c")).text())
                .isEqualTo("0.1.0-SNAPSHOT+32a8a6c");
        assertThat(new DriftguardVersion("0.1.0", Optional.of("32a8a6c")).text()).isEqualTo("0.1.0");
        assertThat(new DriftguardVersion("0.1.0-SNAPSHOT", Optional.empty()).text()).isEqualTo("0.1.0-SNAPSHOT");
    }
}
