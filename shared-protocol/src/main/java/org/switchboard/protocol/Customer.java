package org.switchboard.protocol;

/**
 * Who the agent is talking to: the Messenger user as seen from one page. {@code pictureUrl} is the profile picture
 * stored on the relay ({@code /media/<id>}), null when Facebook gave none.
 */
public record Customer(String id, String displayName, String pageId, String pageName, String pictureUrl) {
    public Customer {
        Require.text(id, "customer", "id");
        Require.text(pageId, "customer " + id, "pageId");
        displayName = displayName == null || displayName.isBlank() ? "Messenger user " + shortId(id) : displayName;
        pictureUrl = pictureUrl == null || pictureUrl.isBlank() ? null : pictureUrl;
    }

    /** A customer whose profile is not known (yet). */
    public Customer(String id, String displayName, String pageId, String pageName) {
        this(id, displayName, pageId, pageName, null);
    }

    private static String shortId(String id) {
        return id.length() <= 4 ? id : "…" + id.substring(id.length() - 4);
    }
}
