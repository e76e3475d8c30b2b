package dev.driftguard.lsp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextEdit;

/** Applies a code action's edits to a buffer, as an editor does. */
final class Edits {

    private Edits() {
    }

    static String apply(String text, CodeAction action, String uri) {
        List<TextEdit> edits = new ArrayList<>(action.getEdit().getChanges().get(uri));
        TextLines lines = new TextLines(text);
        edits.sort(Comparator.comparingInt((TextEdit e) -> lines.offset(e.getRange().getStart())).reversed());
        StringBuilder result = new StringBuilder(text);
        for (TextEdit e : edits) {
            result.replace(lines.offset(e.getRange().getStart()), lines.offset(e.getRange().getEnd()), e.getNewText());
        }
        return result.toString();
    }
}
