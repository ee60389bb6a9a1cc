package org.switchboard.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One request the fake Graph API received; {@code json} is null when the body is not JSON (multipart, empty). */
public record RecordedRequest(String method, String path, Map<String, String> query, String body, JsonNode json) {
    public RecordedRequest {
        query = Map.copyOf(query);
        json = json == null ? null : json.deepCopy();
    }

    @Override
    public JsonNode json() {
        return json == null ? null : json.deepCopy();
    }
}
