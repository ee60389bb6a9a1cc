package org.switchboard.desktop.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;

/**
 * The Active Communications: the agent's chats in arrival order and which one is selected.
 * Confined to the EDT; listeners are called on the EDT, after the change.
 */
public final class ChatsModel {
    /** What the Chat list and Chat Panel observe. */
    public interface Listener {
        /** A chat was added or removed. */
        default void chatsChanged() {
        }

        /** Lines, unread count or ended state of one chat changed. */
        default void chatChanged(Chat chat) {
        }

        /** {@code selected} is null when no chat is selected. */
        default void selectionChanged(Chat selected) {
        }
    }

    private final Map<String, Chat> chats = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String selectedId;

    public AutoCloseable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public List<Chat> chats() {
        return List.copyOf(chats.values());
    }

    public Optional<Chat> chat(String chatId) {
        return Optional.ofNullable(chats.get(chatId));
    }

    public Optional<Chat> selected() {
        return Optional.ofNullable(selectedId == null ? null : chats.get(selectedId));
    }

    public void select(String chatId) {
        if ((chatId != null && !chats.containsKey(chatId)) || Objects.equals(chatId, selectedId)) {
            return;
        }
        selectedId = chatId;
        Chat chat = chatId == null ? null : chats.get(chatId);
        if (chat != null && chat.unread() > 0) {
            chat.clearUnread();
            listeners.forEach(l -> l.chatChanged(chat));
        }
        listeners.forEach(l -> l.selectionChanged(chat));
    }

    /** Keeps what the agent typed; no event, the composer already shows it. */
    public void saveDraft(String chatId, String text) {
        chat(chatId).ifPresent(chat -> chat.draft(text));
    }

    /** Takes an ended chat off the list. */
    public void remove(String chatId) {
        if (chats.remove(chatId) == null) {
            return;
        }
        listeners.forEach(Listener::chatsChanged);
        if (chatId.equals(selectedId)) {
            selectedId = null;
            Optional<String> next = chats.keySet().stream().findFirst();
            next.ifPresentOrElse(this::select, () -> listeners.forEach(l -> l.selectionChanged(null)));
        }
    }

    void start(String chatId, Customer customer, List<TranscriptLine> transcript, MessagingWindow window) {
        if (chats.containsKey(chatId)) {
            Chat chat = chats.get(chatId);
            transcript.forEach(chat::put);
            chat.window(window);
            listeners.forEach(l -> l.chatChanged(chat));
            return;
        }
        chats.put(chatId, new Chat(chatId, customer, transcript, window));
        listeners.forEach(Listener::chatsChanged);
        if (selectedId == null) {
            select(chatId);
        }
    }

    void append(String chatId, TranscriptLine line, boolean countsAsUnread) {
        change(chatId, chat -> {
            chat.put(line);
            if (countsAsUnread && !chatId.equals(selectedId)) {
                chat.countUnread();
            }
            return true;
        });
    }

    void rekey(String chatId, String oldKey, String newKey) {
        change(chatId, chat -> chat.rekey(oldKey, newKey));
    }

    void updateStatus(String chatId, String key, DeliveryStatus status, String detail) {
        change(chatId, chat -> chat.updateStatus(key, status, detail));
    }

    void window(String chatId, MessagingWindow window) {
        change(chatId, chat -> {
            chat.window(window);
            return true;
        });
    }

    void end(String chatId, String reason) {
        change(chatId, chat -> {
            chat.end(reason);
            return true;
        });
    }

    private void change(String chatId, Predicate<Chat> mutation) {
        Chat chat = chats.get(chatId);
        if (chat != null && mutation.test(chat)) {
            listeners.forEach(l -> l.chatChanged(chat));
        }
    }
}
