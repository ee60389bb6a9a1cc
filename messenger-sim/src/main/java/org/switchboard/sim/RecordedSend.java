package org.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;

/** A message the fake Graph API accepted ({@code POST /{v}/{page}/messages} with a "message"), with the id it answered. */
public record RecordedSend(String pageId, String recipientId, String messagingType, String tag, String text,
                           String metadata, JsonNode body, String accessToken, String messageId) {
    public RecordedSend {
        body = body.deepCopy();
    }

    @Override
    public JsonNode body() {
        return body.deepCopy();
    }

    @Override
    public String toString() {
        return "RecordedSend[page=" + pageId + ", recipient=" + recipientId + ", type=" + messagingType
                + ", tag=" + tag + ", text=" + text + ", metadata=" + metadata + ", messageId=" + messageId + "]";
    }
}
