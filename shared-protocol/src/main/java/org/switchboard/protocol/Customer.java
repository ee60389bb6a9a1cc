package org.switchboard.protocol;

/** Who the agent is talking to: the Messenger user as seen from one page. */
public record Customer(String id, String displayName, String pageId, String pageName) {
    public Customer {
        Require.text(id, "customer", "id");
        Require.text(pageId, "customer " + id, "pageId");
        displayName = displayName == null || displayName.isBlank() ? "Messenger user " + shortId(id) : displayName;
    }

    private static String shortId(String id) {
        return id.length() <= 4 ? id : "…" + id.substring(id.length() - 4);
    }
}
