package dev.driftguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void asciiTakesOneColumnAndTabTakesFour() {
        assertThat(TerminalText.width('a')).isEqualTo(1);
        assertThat(TerminalText.width('\t')).isEqualTo(4);
    }

    @Test
    void eastAsianWideAndEmojiTakeTwoColumns() {
        assertThat(TerminalText.width('日')).isEqualTo(2);
        assertThat(TerminalText.width('한')).isEqualTo(2);
        assertThat(TerminalText.width('Ａ')).isEqualTo(2);
        assertThat(TerminalText.width("😀".codePointAt(0))).isEqualTo(2);
    }

    @Test
    void combiningMarksAndJoinersTakeNoColumn() {
        assertThat(TerminalText.width(0x0301)).isZero();
        assertThat(TerminalText.width(0x200D)).isZero();
    }

    @Test
    void unsafeCharactersAreShownAsOneReplacementCharacter() {
        assertThat(TerminalText.show("a\u0007b\u202Ec\u009Bd")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(TerminalText.width(0x1B)).isEqualTo(1);
        assertThat(TerminalText.show("x\uD800y")).isEqualTo("x\uFFFDy");
    }

    @Test
    void widthOfARangeCountsCodePoints() {
        assertThat(TerminalText.width("a😀b日", 1, 4)).isEqualTo(5);
        assertThat(TerminalText.width("abc", 2, 2)).isZero();
    }
}
