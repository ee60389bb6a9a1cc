package org.switchboard.relay.messenger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a webhook body into typed {@link MessengerEvent}s in one streaming pass: the envelope and entries are read
 * token by token, each messaging item once as a small tree, and each event keeps the item's exact text from the body
 * as {@code rawJson} (no re-serialization). Only a body that is not a Messenger envelope at all is rejected; every
 * odd item inside a valid envelope becomes {@link MessengerEvent.Unknown}, so Facebook adding something never loses
 * the rest of a batch. Thread-safe: one instance serves all requests.
 */
public final class WebhookParser {
    private final ObjectMapper mapper = new ObjectMapper();
    private final MessagingItemParser items = new MessagingItemParser();

    /** An item of {@code messaging[]}, {@code standby[]} or {@code changes[]}, read before the entry's id is known. */
    private record Item(JsonNode node, String raw, String list) {
    }

    public WebhookBatch parse(byte[] rawBody) throws MalformedWebhookException {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedWebhookException("webhook body is empty");
        }
        try (JsonParser parser = mapper.getFactory().createParser(rawBody)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedWebhookException("webhook body is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                parser.skipChildren();
                requireEnd(parser);
                throw new MalformedWebhookException("webhook body is a JSON " + typeName(first) + ", not an object");
            }
            String object = null;
            List<WebhookEntry> entries = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("object") && value.isScalarValue()) {
                    object = parser.getValueAsString();
                } else if (field.equals("entry") && value == JsonToken.START_ARRAY) {
                    entries = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        entries.add(entry(parser, rawBody));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            requireEnd(parser);
            if (entries == null) {
                throw new MalformedWebhookException("webhook body has no \"entry\" array (object \"" + object + "\")");
            }
            return new WebhookBatch(object, entries);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("webhook body is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedWebhookException("webhook body could not be read: " + e.getMessage(), e);
        }
    }

    private WebhookEntry entry(JsonParser parser, byte[] body) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            String raw = mapper.readTree(parser).toString();
            return new WebhookEntry("", Instant.EPOCH,
                    List.of(new MessengerEvent.Unknown("", null, Instant.EPOCH, false, raw, "entry")));
        }
        String pageId = "";
        JsonNode time = null;
        List<Item> found = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("id") && value.isScalarValue() && value != JsonToken.VALUE_NULL) {
                pageId = parser.getValueAsString();
            } else if (field.equals("time")) {
                time = mapper.readTree(parser);
            } else if (value == JsonToken.START_ARRAY
                    && (field.equals("messaging") || field.equals("standby") || field.equals("changes"))) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    found.add(item(parser, body, field));
                }
            } else {
                parser.skipChildren();
            }
        }
        Instant entryTime = MessagingItemParser.millis(time, Instant.EPOCH);
        List<MessengerEvent> events = new ArrayList<>(found.size());
        for (Item item : found) {
            events.add(event(pageId, entryTime, item));
        }
        return new WebhookEntry(pageId, entryTime, events);
    }

    /** Reads one array element as a tree and cuts its exact text out of the body by byte offsets. */
    private Item item(JsonParser parser, byte[] body, String list) throws IOException {
        long start = parser.currentTokenLocation().getByteOffset();
        boolean object = parser.currentToken() == JsonToken.START_OBJECT;
        JsonNode node = mapper.readTree(parser);
        long end = parser.currentLocation().getByteOffset();
        String raw = object && start >= 0 && end > start
                ? new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8) : node.toString();
        return new Item(node, raw, list);
    }

    private MessengerEvent event(String pageId, Instant entryTime, Item item) {
        if (item.list().equals("changes")) {
            String field = item.node().isObject() ? MessagingItemParser.text(item.node(), "field") : null;
            return new MessengerEvent.Unknown(pageId, null, entryTime, false, item.raw(),
                    "changes:" + (field == null ? "" : field));
        }
        return items.parse(pageId, entryTime, item.node(), item.raw(), item.list().equals("standby"));
    }

    private static void requireEnd(JsonParser parser) throws IOException, MalformedWebhookException {
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            throw new MalformedWebhookException("webhook body is not JSON: unexpected " + typeName(extra)
                    + " after the top-level value at byte " + parser.currentTokenLocation().getByteOffset());
        }
    }

    private static String typeName(JsonToken token) {
        switch (token) {
            case START_ARRAY:
                return "array";
            case START_OBJECT:
                return "object";
            case VALUE_STRING:
                return "string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase();
        }
    }
}
