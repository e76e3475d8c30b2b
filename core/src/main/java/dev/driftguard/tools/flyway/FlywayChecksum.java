package dev.driftguard.tools.flyway;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The checksum Flyway records for a SQL migration: a CRC32 over the UTF-8 bytes of each line without its line
 * terminator ({@code \n}, {@code \r\n} or a lone {@code \r}), a byte-order mark dropped from the first line, read as a
 * signed 32-bit integer. Line endings therefore do not change it; any other edit, whitespace included, does.
 */
final class FlywayChecksum {

    private FlywayChecksum() {
    }

    static int of(String text) {
        CRC32 crc = new CRC32();
        int start = 0;
        if (text.startsWith("\uFEFF")) {
            start = 1;
        }
        int lineStart = start;
        int i = start;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                crc.update(text.substring(lineStart, i).getBytes(StandardCharsets.UTF_8));
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        // A final line without terminator is still a line; a file ending in a terminator has no empty last line,
        // as BufferedReader.readLine sees it.
        if (lineStart < n) {
            crc.update(text.substring(lineStart, n).getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }
}
