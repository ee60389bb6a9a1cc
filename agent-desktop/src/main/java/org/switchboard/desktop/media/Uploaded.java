package org.switchboard.desktop.media;

import java.util.Locale;
import org.switchboard.protocol.ChatAttachment;

/** A file the relay stored for sending: its media id (64 hex), type and size, as {@code POST /media} answered. */
public record Uploaded(String id, String contentType, long size) {
    public Uploaded {
        if (id == null || !id.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("uploaded media: id '" + id + "' is not 64 lowercase hex digits");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }

    /** The relay path the file is served from. */
    public String url() {
        return "/media/" + id;
    }

    /** How Messenger (and the transcript) will show it: image, video, audio or a file. */
    public ChatAttachment.Kind kind() {
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return ChatAttachment.Kind.IMAGE;
        }
        if (type.startsWith("video/")) {
            return ChatAttachment.Kind.VIDEO;
        }
        if (type.startsWith("audio/")) {
            return ChatAttachment.Kind.AUDIO;
        }
        return ChatAttachment.Kind.FILE;
    }
}
