package org.switchboard.relay.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Types one {@code messaging[]}/{@code standby[]} item by the key it carries ({@code message}, {@code delivery},
 * {@code read}, {@code postback} ...); anything unrecognised or incomplete becomes {@link MessengerEvent.Unknown}.
 * Stateless.
 */
final class MessagingItemParser {
    private static final Set<String> ENVELOPE_KEYS = Set.of("sender", "recipient", "timestamp");

    private final AttachmentParser attachments = new AttachmentParser();

    /** One messaging or standby item; {@code raw} is its exact text in the body. */
    MessengerEvent parse(String pageId, Instant entryTime, JsonNode item, String raw, boolean standby) {
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

    static Instant millis(JsonNode node, Instant fallback) {
        if (node == null || !(node.isIntegralNumber() || node.isTextual() && node.asText().matches("\\d{1,18}"))) {
            return fallback;
        }
        return Instant.ofEpochMilli(node.asLong());
    }

}
