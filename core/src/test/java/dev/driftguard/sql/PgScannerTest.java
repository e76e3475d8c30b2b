package dev.driftguard.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PgScannerTest {

    private static List<String> values(String sql) {
        return PgScanner.scan(sql).stream().map(Token::value).toList();
    }

    @Test
    void foldsUnquotedIdentifiersToLowerCaseAndKeepsQuotedOnes() {
        List<Token> tokens = PgScanner.scan("SELECT \"MixedCase\", MixedCase, \"a\"\"b\", Ünïcode");
        assertThat(tokens).extracting(Token::value)
                .containsExactly("select", "MixedCase", ",", "mixedcase", ",", "a\"b", ",", "Ünïcode");
        assertThat(tokens.get(1).kind()).isEqualTo(Token.Kind.QUOTED_IDENT);
        assertThat(tokens.get(3).kind()).isEqualTo(Token.Kind.WORD);
    }

    @Test
    void readsMultiCharacterOperatorsAsPostgresqlDoes() {
        assertThat(values("a->>'k' #> b @> c <@ d ?| e ?& f || g != h <= i::int"))
                .containsExactly("a", "->>", "k", "#>", "b", "@>", "c", "<@", "d", "?|", "e", "?&", "f", "||", "g",
                        "<>", "h", "<=", "i", "::", "int");
    }

    @Test
    void dropsTrailingPlusOrMinusFromArithmeticOperators() {
        assertThat(values("a=-1")).containsExactly("a", "=", "-", "1");
        assertThat(values("a*-b")).containsExactly("a", "*", "-", "b");
        assertThat(values("a@-b")).containsExactly("a", "@-", "b");
    }

    @Test
    void unescapesStringLiterals() {
        assertThat(values("'it''s' E'a\\nb\\'c' $t$x'y$t$ B'101' X'FF'"))
                .containsExactly("it's", "a\nb'c", "x'y", "101", "FF");
    }

    @Test
    void decodesOctalHexAndUnicodeEscapesInEscapeStrings() {
        assertThat(values("E'\\x41\\101\\u00e9\\U0001F600\\q'")).containsExactly("AAé😀q");
    }

    @Test
    void truncatesIdentifiersToSixtyThreeBytesAsPostgresqlDoes() {
        String long70 = "A".repeat(70);
        assertThat(values(long70 + " \"" + long70 + "\" \"" + "é".repeat(40) + "\""))
                .containsExactly("a".repeat(63), "A".repeat(63), "é".repeat(31));
    }

    @Test
    void readsNumbersAndParameters() {
        assertThat(PgScanner.scan("1 2.5 .5 1e10 3.0E-2 $1")).extracting(Token::kind).containsExactly(
                Token.Kind.NUMBER, Token.Kind.NUMBER, Token.Kind.NUMBER, Token.Kind.NUMBER, Token.Kind.NUMBER,
                Token.Kind.PARAM);
    }

    @Test
    void tokensCarryExactOffsets() {
        List<Token> tokens = PgScanner.scan("/* é */ \"Ab\" -- x\n  ab");
        assertThat(tokens).extracting(Token::span).containsExactly(new Span(8, 12), new Span(20, 22));
    }
}
