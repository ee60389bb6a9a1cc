package org.switchboard.desktop.ui;

import javax.swing.AbstractListModel;
import org.switchboard.desktop.model.Chat;
import org.switchboard.desktop.model.TranscriptLine;

/** Shows the lines of the selected chat to the transcript JList; {@link #refresh()} after the chat changed. */
final class TranscriptListModel extends AbstractListModel<TranscriptLine> {
    private Chat chat;
    private int shown;

    void show(Chat newChat) {
        if (shown > 0) {
            int old = shown;
            shown = 0;
            fireIntervalRemoved(this, 0, old - 1);
        }
        chat = newChat;
        refresh();
    }

    /** Lines only ever get added or updated in place, so this fires one change and one addition. */
    void refresh() {
        int size = getSize();
        if (shown > 0) {
            fireContentsChanged(this, 0, Math.min(shown, size) - 1);
        }
        if (size > shown) {
            int from = shown;
            shown = size;
            fireIntervalAdded(this, from, size - 1);
        }
        shown = size;
    }

    @Override
    public int getSize() {
        return chat == null ? 0 : chat.lines().size();
    }

    @Override
    public TranscriptLine getElementAt(int index) {
        return chat.lines().get(index);
    }
}
