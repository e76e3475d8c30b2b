package dev.driftguard.sql;

import static dev.driftguard.sql.SqlFixtures.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the input, the front end returns statements and never throws. */
class GarbageInputTest {

    @Test
    void binaryInputNeverThrows() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            char[] chars = new char[random.nextInt(400)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) random.nextInt(0x3000);
            }
            String input = new String(chars);
            assertThatCode(() -> parse(input)).as("input %d", i).doesNotThrowAnyException();
        }
    }

    @Test
    void mutatedMigrationsNeverThrow() {
        String base = "CREATE TABLE \"A\" (\"id\" TEXT NOT NULL DEFAULT 'x', CONSTRAINT \"p\" PRIMARY KEY (\"id\"));"
                + "CREATE INDEX i ON a USING gin ((d->>'k') jsonb_path_ops) WHERE a::int > 0;"
                + "ALTER TABLE a ADD COLUMN b int[] DEFAULT ARRAY[1,2], ALTER COLUMN c TYPE text USING c::text;"
                + "DO $$ BEGIN CREATE TYPE t AS ENUM ('a'); EXCEPTION WHEN duplicate_object THEN null; END $$;"
                + "UPDATE a SET b = E'\\'' WHERE c IN (SELECT 1) AND d BETWEEN 1 AND 2;";
        String alphabet = "();,'\"$.:[]-/*E \n";
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            StringBuilder mutated = new StringBuilder(base);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(mutated.length());
                if (random.nextBoolean()) {
                    mutated.deleteCharAt(at);
                } else {
                    mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String input = mutated.toString();
            assertThatCode(() -> parse(input)).as("mutation %d: %s", i, input).doesNotThrowAnyException();
        }
    }

    @Test
    void nulBytesAndLoneSurrogatesNeverThrow() {
        assertThat(parse("CREATE TABLE \u0000 (a int);\uD800;SELECT '\u0000';").statements()).hasSize(3);
    }

    @Test
    void oneMegabyteSingleLineIsReadQuickly() {
        String line = "SELECT " + "a + ".repeat(250_000) + "1";
        long start = System.nanoTime();
        MigrationScript script = parse(line);
        assertThat(script.statements()).hasSize(1);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
        String garbage = "x".repeat(1_000_000);
        assertThat(parse(garbage).statements().get(0).command()).isInstanceOf(Command.Unparsed.class);
    }

    @Test
    void deeplyNestedExpressionsAreUnparsedNotStackOverflow() {
        String nested = "CREATE INDEX i ON t (a) WHERE " + "(".repeat(5000) + "a" + ")".repeat(5000) + ";";
        Command command = parse(nested).statements().get(0).command();
        assertThat(command).isInstanceOf(Command.Unparsed.class);
        assertThat(((Command.Unparsed) command).reason()).startsWith("expression nested too deeply");
    }
}
