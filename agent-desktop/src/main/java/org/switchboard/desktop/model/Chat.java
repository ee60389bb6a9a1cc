package org.switchboard.desktop.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;

/** One accepted chat: its transcript, unread count, the agent's draft and whether it ended. Confined to the EDT. */
public final class Chat {
    private final String chatId;
    private final Customer customer;
    private final List<TranscriptLine> lines = new ArrayList<>();
    private int unread;
    private String draft = "";
    private boolean ended;
    private String endedReason;
    private MessagingWindow window;

    Chat(String chatId, Customer customer, List<TranscriptLine> transcript, MessagingWindow window) {
        this.chatId = chatId;
        this.customer = customer;
        this.window = window;
        transcript.forEach(this::put);
    }

    public String chatId() {
        return chatId;
    }

    public Customer customer() {
        return customer;
    }

    /** A live read-only view; copy it before leaving the EDT. */
    public List<TranscriptLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    /** The line with this key (relay message id, or command id while unacknowledged). */
    public Optional<TranscriptLine> line(String key) {
        int index = indexOf(key);
        return index < 0 ? Optional.empty() : Optional.of(lines.get(index));
    }

    public int unread() {
        return unread;
    }

    public String draft() {
        return draft;
    }

    /** Whether and until when the page may still message this customer. */
    public MessagingWindow window() {
        return window;
    }

    public boolean ended() {
        return ended;
    }

    public String endedReason() {
        return endedReason;
    }

    /** Adds a line, or replaces the line with the same key (the relay may echo what we sent). */
    void put(TranscriptLine line) {
        int index = indexOf(line.key());
        if (index < 0) {
            lines.add(line);
        } else {
            lines.set(index, line);
        }
    }

    boolean rekey(String oldKey, String newKey) {
        int index = indexOf(oldKey);
        if (index < 0) {
            return false;
        }
        lines.set(index, lines.get(index).withKey(newKey, DeliveryStatus.SENT));
        return true;
    }

    boolean updateStatus(String key, DeliveryStatus status, String detail) {
        int index = indexOf(key);
        if (index < 0) {
            return false;
        }
        lines.set(index, lines.get(index).withStatus(status, detail));
        return true;
    }

    void countUnread() {
        unread++;
    }

    void clearUnread() {
        unread = 0;
    }

    void draft(String text) {
        draft = text == null ? "" : text;
    }

    void window(MessagingWindow newWindow) {
        window = newWindow;
    }

    void end(String reason) {
        ended = true;
        endedReason = reason;
    }

    private int indexOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
