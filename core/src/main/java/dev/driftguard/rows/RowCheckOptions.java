package dev.driftguard.rows;

/**
 * How far the row checks of a live target may go.
 *
 * @param enabled         whether they run at all
 * @param maxScannedRows  a table estimated ({@code pg_class.reltuples}) above this many rows is not scanned: its
 *                        checks become "not checked" info findings instead
 * @param showData        whether findings show up to three sample values of the offending rows; off by default,
 *                        since reports are often public (CI logs, code scanning) and rows may be personal data
 */
public record RowCheckOptions(boolean enabled, long maxScannedRows, boolean showData) {

    /** The limit when none is configured: a count over a million rows takes about a second on current hardware. */
    public static final long DEFAULT_MAX_SCANNED_ROWS = 1_000_000;

    public RowCheckOptions {
        if (maxScannedRows < 0) {
            throw new IllegalArgumentException("max scanned rows must not be negative");
        }
    }

    public static RowCheckOptions defaults() {
        return new RowCheckOptions(true, DEFAULT_MAX_SCANNED_ROWS, false);
    }

    public static RowCheckOptions disabled() {
        return new RowCheckOptions(false, DEFAULT_MAX_SCANNED_ROWS, false);
    }

    public RowCheckOptions withMaxScannedRows(long rows) {
        return new RowCheckOptions(enabled, rows, showData);
    }

    public RowCheckOptions withShowData(boolean show) {
        return new RowCheckOptions(enabled, maxScannedRows, show);
    }
}
