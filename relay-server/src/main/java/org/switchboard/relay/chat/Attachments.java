package org.switchboard.relay.chat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.relay.messenger.Attachment;
import org.switchboard.relay.store.Sql;

/**
 * What customer messages carry besides text, in SQL: stored with the message, then given a media id once the
 * file is in the media store (Facebook's URLs expire, so agents get the relay's copy).
 */
public final class Attachments {
    /** An attachment whose file must still be downloaded. */
    public record Download(long attachmentId, String url) {
    }

    /** Stores the message's attachments; returns those with a file to download. */
    public List<Download> add(Connection c, long messageId, List<Attachment> attachments) throws SQLException {
        List<Download> downloads = new ArrayList<>();
        for (Attachment attachment : attachments) {
            ChatAttachment shown = describe(attachment);
            long id = Sql.insert(c, "INSERT INTO message_attachments (message_id, kind, source_url, title) VALUES (?, ?, ?, ?)",
                    messageId, shown.kind().name(), shown.url(), shown.title());
            if (hasFile(attachment)) {
                downloads.add(new Download(id, shown.url()));
            }
        }
        return downloads;
    }

    /** Attaches a file already in the media store (an agent's upload) to an outbound message. */
    public ChatAttachment addStored(Connection c, long messageId, String contentType, String mediaId) throws SQLException {
        ChatAttachment.Kind kind = kindOf(contentType);
        String title = kind.name().toLowerCase(java.util.Locale.ROOT);
        Sql.insert(c, "INSERT INTO message_attachments (message_id, kind, title, media_id) VALUES (?, ?, ?, ?)",
                messageId, kind.name(), title, mediaId);
        return new ChatAttachment(kind, "/media/" + mediaId, title);
    }

    /** The kind of file a content type stands for, as Messenger sends it. */
    public static ChatAttachment.Kind kindOf(String contentType) {
        String type = contentType == null ? "" : contentType;
        if (type.startsWith("image/")) {
            return ChatAttachment.Kind.IMAGE;
        } else if (type.startsWith("video/")) {
            return ChatAttachment.Kind.VIDEO;
        } else if (type.startsWith("audio/")) {
            return ChatAttachment.Kind.AUDIO;
        }
        return ChatAttachment.Kind.FILE;
    }

    public void downloaded(Connection c, long attachmentId, String mediaId) throws SQLException {
        Sql.update(c, "UPDATE message_attachments SET media_id = ? WHERE id = ?", mediaId, attachmentId);
    }

    /** The attachments of every message of a conversation as agents see them, by message id. */
    public Map<Long, List<ChatAttachment>> ofConversation(Connection c, long conversationId) throws SQLException {
        Map<Long, List<ChatAttachment>> byMessage = new HashMap<>();
        for (var row : Sql.list(c, "SELECT a.message_id, a.kind, a.source_url, a.title, a.media_id FROM message_attachments a"
                + " JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = ? ORDER BY a.id", Attachments::entry,
                conversationId)) {
            byMessage.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
        }
        return byMessage;
    }

    /** The attachments of one message as agents see them. */
    public List<ChatAttachment> ofMessage(Connection c, long messageId) throws SQLException {
        return Sql.list(c, "SELECT message_id, kind, source_url, title, media_id FROM message_attachments"
                + " WHERE message_id = ? ORDER BY id", Attachments::entry, messageId).stream().map(Map.Entry::getValue).toList();
    }

    private static Map.Entry<Long, ChatAttachment> entry(ResultSet row) throws SQLException {
        return Map.entry(row.getLong(1), shown(row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    }

    private static ChatAttachment shown(String kind, String sourceUrl, String title, String mediaId) {
        ChatAttachment.Kind type = ChatAttachment.Kind.valueOf(kind);
        boolean file = type == ChatAttachment.Kind.IMAGE || type == ChatAttachment.Kind.VIDEO
                || type == ChatAttachment.Kind.AUDIO || type == ChatAttachment.Kind.FILE || type == ChatAttachment.Kind.STICKER;
        String url = mediaId != null ? "/media/" + mediaId : file ? null : sourceUrl;
        return new ChatAttachment(type, url, title);
    }

    private static boolean hasFile(Attachment attachment) {
        return (attachment instanceof Attachment.Media media && media.url() != null)
                || (attachment instanceof Attachment.Sticker sticker && sticker.url() != null);
    }

    /** How an inbound attachment is shown before (and, for links and places, instead of) a download. */
    public static ChatAttachment describe(Attachment attachment) {
        if (attachment instanceof Attachment.Media media) {
            return new ChatAttachment(switch (media.type()) {
                case IMAGE -> ChatAttachment.Kind.IMAGE;
                case VIDEO -> ChatAttachment.Kind.VIDEO;
                case AUDIO -> ChatAttachment.Kind.AUDIO;
                case FILE -> ChatAttachment.Kind.FILE;
            }, media.url(), media.type().name().toLowerCase(java.util.Locale.ROOT));
        } else if (attachment instanceof Attachment.Sticker sticker) {
            return new ChatAttachment(ChatAttachment.Kind.STICKER, sticker.url(), "sticker");
        } else if (attachment instanceof Attachment.Location location) {
            String map = location.latitude() == null ? location.url()
                    : "https://www.openstreetmap.org/?mlat=" + location.latitude() + "&mlon=" + location.longitude();
            return new ChatAttachment(ChatAttachment.Kind.LOCATION, map, location.title() == null ? "Location" : location.title());
        } else if (attachment instanceof Attachment.Fallback link) {
            return new ChatAttachment(ChatAttachment.Kind.LINK, link.url(), link.title());
        } else if (attachment instanceof Attachment.Share share) {
            return new ChatAttachment(ChatAttachment.Kind.LINK, share.url(), "shared");
        }
        return new ChatAttachment(ChatAttachment.Kind.OTHER, null, attachment.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
    }
}
