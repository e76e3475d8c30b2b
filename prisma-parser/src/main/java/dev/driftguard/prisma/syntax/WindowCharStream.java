package dev.driftguard.prisma.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The characters {@code [start, end)} of a whole file's stream, seen as a stream that ends at {@code end}: a lexer on
 * it reads one block of the file and its tokens keep the file's own character indexes, so spans need no shifting.
 */
final class WindowCharStream implements CharStream {

    private final CharStream whole;
    private final int end;

    WindowCharStream(CharStream whole, int start, int end) {
        this.whole = whole;
        this.end = end;
        whole.seek(start);
    }

    @Override
    public int LA(int i) {
        if (i > 0 && whole.index() + i - 1 >= end) {
            return IntStream.EOF;
        }
        return whole.LA(i);
    }

    @Override
    public void consume() {
        if (whole.index() >= end) {
            throw new IllegalStateException("cannot consume EOF");
        }
        whole.consume();
    }

    @Override
    public int mark() {
        return whole.mark();
    }

    @Override
    public void release(int marker) {
        whole.release(marker);
    }

    @Override
    public int index() {
        return whole.index();
    }

    @Override
    public void seek(int index) {
        whole.seek(Math.min(index, end));
    }

    @Override
    public int size() {
        return end;
    }

    @Override
    public String getSourceName() {
        return whole.getSourceName();
    }

    @Override
    public String getText(Interval interval) {
        return whole.getText(interval);
    }
}
