package dev.driftguard.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmbeddedBinariesTest {

    @Test
    void aMajorOrAPrefixMatchesTheFullVersion() {
        assertThat(EmbeddedBinaries.matches("15.14.0", "15")).isTrue();
        assertThat(EmbeddedBinaries.matches("15.14.0", "15.14")).isTrue();
        assertThat(EmbeddedBinaries.matches("15.14.0", "15.14.0")).isTrue();
        assertThat(EmbeddedBinaries.matches("15.14.0", "1")).isFalse();
        assertThat(EmbeddedBinaries.matches("15.14.0", "15.1")).isFalse();
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(EmbeddedBinaries.compareVersions("16.10.0", "16.9.1")).isPositive();
        assertThat(EmbeddedBinaries.compareVersions("9.6.24", "12.22.0")).isNegative();
        assertThat(EmbeddedBinaries.compareVersions("16.10", "16.10.0")).isZero();
    }
}
