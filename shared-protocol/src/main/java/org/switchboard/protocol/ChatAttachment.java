package org.switchboard.protocol;

/**
 * Something a chat line carries besides text: a picture, video, audio clip or file (with {@code url} on the
 * relay, {@code /media/<id>}, fetched with the login's media token), a shared location (a map link) or a link.
 */
public record ChatAttachment(Kind kind, String url, String title) {
    /** What the desktop should render. */
    public enum Kind { IMAGE, VIDEO, AUDIO, FILE, STICKER, LOCATION, LINK, OTHER }

    public ChatAttachment {
        Require.present(kind, "chat attachment", "kind");
        url = url == null || url.isBlank() ? null : url;
        title = title == null ? "" : title;
    }
}
