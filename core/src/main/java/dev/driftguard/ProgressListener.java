package dev.driftguard;

/** Told how a long run advances, e.g. to draw a progress line. Called on the thread that runs the lint. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done, e.g. {@code replaying migrations}
     * @param done  units finished so far
     * @param total units in all
     */
    void advanced(String phase, int done, int total);
}
