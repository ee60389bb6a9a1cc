package org.switchboard.relay.messenger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns a webhook body into typed {@link MessengerEvent}s, reading the JSON tree once. Only a body that is not a
 * Messenger envelope at all is rejected; every odd item inside a valid envelope becomes {@link MessengerEvent.Unknown}
 * (or keeps its unknown fields unread), so Facebook adding something never loses the rest of a batch.
 * Thread-safe: one instance serves all requests.
 */
public final class WebhookParser {
    private static final Set<String> ENVELOPE_KEYS = Set.of("sender", "recipient", "timestamp");

    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final AttachmentParser attachments = new AttachmentParser();

    public WebhookBatch parse(byte[] rawBody) throws MalformedWebhookException {
        JsonNode root = readTree(rawBody);
        if (!root.isObject()) {
            throw new MalformedWebhookException("webhook body is a JSON " + root.getNodeType().name().toLowerCase()
                    + ", not an object");
        }
        JsonNode entryArray = root.get("entry");
        if (entryArray == null || !entryArray.isArray()) {
            throw new MalformedWebhookException("webhook body has no \"entry\" array (object \"" + text(root, "object") + "\")");
        }
        List<WebhookEntry> entries = new ArrayList<>(entryArray.size());
        for (JsonNode entry : entryArray) {
            entries.add(entry(entry));
        }
        return new WebhookBatch(text(root, "object"), entries);
    }

    private JsonNode readTree(byte[] rawBody) throws MalformedWebhookException {
        if (rawBody == null || rawBody.length == 0) {
            throw new MalformedWebhookException("webhook body is empty");
        }
        try {
            JsonNode root = mapper.readTree(rawBody);
            if (root == null || root.isMissingNode()) {
                throw new MalformedWebhookException("webhook body is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new MalformedWebhookException("webhook body is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedWebhookException("webhook body could not be read: " + e.getMessage(), e);
        }
    }

    private WebhookEntry entry(JsonNode entry) {
        if (!entry.isObject()) {
            return new WebhookEntry("", Instant.EPOCH,
                    List.of(new MessengerEvent.Unknown("", null, Instant.EPOCH, false, entry.toString(), "entry")));
        }
        String pageId = orEmpty(text(entry, "id"));
        Instant time = millis(entry.get("time"), Instant.EPOCH);
        List<MessengerEvent> events = new ArrayList<>();
        items(entry.get("messaging"), item -> events.add(item(pageId, time, item, false)));
        items(entry.get("standby"), item -> events.add(item(pageId, time, item, true)));
        items(entry.get("changes"), change -> events.add(new MessengerEvent.Unknown(pageId, null, time, false,
                change.toString(), "changes:" + orEmpty(text(change, "field")))));
        return new WebhookEntry(pageId, time, events);
    }

    private static void items(JsonNode array, java.util.function.Consumer<JsonNode> each) {
        if (array != null && array.isArray()) {
            array.forEach(each);
        }
    }

    private MessengerEvent item(String pageId, Instant entryTime, JsonNode item, boolean standby) {
        String raw = item.toString();
        if (!item.isObject()) {
            return new MessengerEvent.Unknown(pageId, null, entryTime, standby, raw, "invalid");
        }
        String sender = text(item.path("sender"), "id");
        String recipient = text(item.path("recipient"), "id");
        Instant at = millis(item.get("timestamp"), entryTime);
        JsonNode body;
        if ((body = object(item, "message")) != null) {
            String mid = text(body, "mid");
            if (mid == null || mid.isBlank()) {
                return new MessengerEvent.Unknown(pageId, sender, at, standby, raw, "message");
            }
            if (body.path("is_echo").asBoolean(false)) {
                return new MessengerEvent.Echo(pageId, recipient, at, standby, raw, mid, text(body, "app_id"),
                        text(body, "metadata"), text(body, "text"), attachments.list(body));
            }
            return new MessengerEvent.Message(pageId, sender, at, standby, raw, mid, text(body, "text"),
                    text(body.path("quick_reply"), "payload"), text(body.path("reply_to"), "mid"), attachments.list(body));
        }
        if ((body = object(item, "delivery")) != null && body.hasNonNull("watermark")) {
            return new MessengerEvent.Delivery(pageId, sender, at, standby, raw, millis(body.get("watermark"), at),
                    strings(body.get("mids")));
        }
        if ((body = object(item, "read")) != null && body.hasNonNull("watermark")) {
            return new MessengerEvent.Read(pageId, sender, at, standby, raw, millis(body.get("watermark"), at));
        }
        if ((body = object(item, "postback")) != null) {
            JsonNode referral = object(body, "referral");
            return new MessengerEvent.Postback(pageId, sender, at, standby, raw, text(body, "mid"), text(body, "title"),
                    text(body, "payload"), referral == null ? null : new MessengerEvent.ReferralInfo(
                            text(referral, "ref"), text(referral, "source"), text(referral, "type")));
        }
        if ((body = object(item, "reaction")) != null) {
            MessengerEvent.ReactionAction action = "unreact".equalsIgnoreCase(text(body, "action"))
                    ? MessengerEvent.ReactionAction.UNREACT : MessengerEvent.ReactionAction.REACT;
            return new MessengerEvent.Reaction(pageId, sender, at, standby, raw, text(body, "mid"),
                    text(body, "reaction"), text(body, "emoji"), action);
        }
        if ((body = object(item, "message_edit")) != null) {
            return new MessengerEvent.MessageEdit(pageId, sender, at, standby, raw, text(body, "mid"),
                    text(body, "text"), body.path("num_edit").asInt(0));
        }
        if ((body = object(item, "referral")) != null) {
            return new MessengerEvent.Referral(pageId, sender, at, standby, raw, text(body, "ref"),
                    text(body, "source"), text(body, "type"));
        }
        if ((body = object(item, "optin")) != null) {
            return new MessengerEvent.Optin(pageId, sender, at, standby, raw, text(body, "ref"),
                    text(body, "user_ref"), text(body, "type"), text(body, "payload"));
        }
        MessengerEvent handover = handover(pageId, sender, at, standby, raw, item);
        if (handover != null) {
            return handover;
        }
        if ((body = object(item, "policy_enforcement")) != null || (body = object(item, "policy-enforcement")) != null) {
            return new MessengerEvent.PolicyEnforcement(pageId, null, at, standby, raw, text(body, "action"),
                    text(body, "reason"));
        }
        return new MessengerEvent.Unknown(pageId, sender, at, standby, raw, kindOf(item));
    }

    private static MessengerEvent handover(String pageId, String sender, Instant at, boolean standby, String raw,
                                           JsonNode item) {
        JsonNode body;
        if ((body = object(item, "pass_thread_control")) != null) {
            return new MessengerEvent.Handover(pageId, sender, at, standby, raw, MessengerEvent.HandoverKind.PASS,
                    text(body, "new_owner_app_id"), text(body, "previous_owner_app_id"), text(body, "metadata"));
        }
        if ((body = object(item, "take_thread_control")) != null) {
            return new MessengerEvent.Handover(pageId, sender, at, standby, raw, MessengerEvent.HandoverKind.TAKE,
                    text(body, "new_owner_app_id"), text(body, "previous_owner_app_id"), text(body, "metadata"));
        }
        if ((body = object(item, "request_thread_control")) != null) {
            return new MessengerEvent.Handover(pageId, sender, at, standby, raw, MessengerEvent.HandoverKind.REQUEST,
                    text(body, "requested_owner_app_id"), null, text(body, "metadata"));
        }
        return null;
    }

    private static String kindOf(JsonNode item) {
        Iterator<String> names = item.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!ENVELOPE_KEYS.contains(name)) {
                return name;
            }
        }
        return "empty";
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isObject() ? node : null;
    }

    /** A scalar field as text (IDs may come as numbers); null when absent, null or not a scalar. */
    static String text(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            if (node.isValueNode() && !node.isNull()) {
                out.add(node.asText());
            }
        }
        return out;
    }

    private static Instant millis(JsonNode node, Instant fallback) {
        if (node == null || !(node.isIntegralNumber() || node.isTextual() && node.asText().matches("\\d{1,18}"))) {
            return fallback;
        }
        return Instant.ofEpochMilli(node.asLong());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
