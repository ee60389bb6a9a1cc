package org.switchboard.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * Builds webhook JSON exactly as Facebook writes it (non-ASCII as {@code \u00e9}, '/' as {@code \/}, IDs as strings,
 * times in epoch milliseconds): one method per messaging item, then {@link #entry} and {@link #envelope} to batch
 * them. Every result is a JSON text, ready for {@link FakeMessenger#post}.
 */
public final class MessengerEvents {
    private static final FacebookJson JSON = new FacebookJson();

    private MessengerEvents() {
    }

    /** A customer's text message. */
    public static String text(String pageId, String psid, String mid, String text, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("message").put("mid", mid).put("text", text);
        return JSON.write(item);
    }

    /** A customer's tap on a quick reply: the button title as text plus its payload. */
    public static String quickReply(String pageId, String psid, String mid, String text, String payload, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("message").put("mid", mid).put("text", text).putObject("quick_reply").put("payload", payload);
        return JSON.write(item);
    }

    /** A customer's text that replies to an earlier message. */
    public static String reply(String pageId, String psid, String mid, String text, String replyToMid, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("message").put("mid", mid).put("text", text).putObject("reply_to").put("mid", replyToMid);
        return JSON.write(item);
    }

    public static String image(String pageId, String psid, String mid, String url, Instant at) {
        return media(pageId, psid, mid, "image", url, at);
    }

    /** An image, video, audio or file attachment ({@code type} as Facebook names it). */
    public static String media(String pageId, String psid, String mid, String type, String url, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        attachment(item.putObject("message").put("mid", mid), type).putObject("payload").put("url", url);
        return JSON.write(item);
    }

    public static String sticker(String pageId, String psid, String mid, String stickerId, String url, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        ObjectNode message = item.putObject("message").put("mid", mid);
        attachment(message, "image").putObject("payload").put("url", url).put("sticker_id", Long.parseLong(stickerId));
        message.put("sticker_id", Long.parseLong(stickerId));
        return JSON.write(item);
    }

    public static String location(String pageId, String psid, String mid, double lat, double lon, String title,
                                  String url, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        ObjectNode attachment = attachment(item.putObject("message").put("mid", mid), "location")
                .put("title", title).put("url", url);
        attachment.putObject("payload").putObject("coordinates").put("lat", lat).put("long", lon);
        return JSON.write(item);
    }

    /** A shared link Facebook shows as a fallback attachment. */
    public static String fallback(String pageId, String psid, String mid, String title, String url, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        attachment(item.putObject("message").put("mid", mid), "fallback").put("title", title).put("url", url)
                .putNull("payload");
        return JSON.write(item);
    }

    /** A message the page sent, echoed back: sender is the page, recipient the customer. */
    public static String echo(String pageId, String psid, String mid, String appId, String metadata, String text,
                              Instant at) {
        ObjectNode item = JSON.object();
        item.putObject("sender").put("id", pageId);
        item.putObject("recipient").put("id", psid);
        item.put("timestamp", at.toEpochMilli());
        ObjectNode message = item.putObject("message").put("is_echo", true);
        if (appId != null && appId.chars().allMatch(Character::isDigit) && !appId.isEmpty()) {
            message.put("app_id", Long.parseLong(appId));
        } else {
            message.put("app_id", appId);
        }
        if (metadata != null) {
            message.put("metadata", metadata);
        }
        message.put("mid", mid).put("text", text);
        return JSON.write(item);
    }

    /** The customer's device got every page message before {@code watermark}. */
    public static String delivery(String pageId, String psid, Instant watermark, Instant at, String... mids) {
        ObjectNode item = inbound(pageId, psid, at);
        ObjectNode delivery = item.putObject("delivery");
        ArrayNode array = delivery.putArray("mids");
        for (String mid : mids) {
            array.add(mid);
        }
        delivery.put("watermark", watermark.toEpochMilli());
        return JSON.write(item);
    }

    public static String read(String pageId, String psid, Instant watermark, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("read").put("watermark", watermark.toEpochMilli());
        return JSON.write(item);
    }

    public static String postback(String pageId, String psid, String mid, String title, String payload, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("postback").put("title", title).put("payload", payload).put("mid", mid);
        return JSON.write(item);
    }

    /** {@code action} is "react" or "unreact"; {@code reaction} e.g. love, like, smile. */
    public static String reaction(String pageId, String psid, String mid, String reaction, String emoji, String action,
                                  Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("reaction").put("reaction", reaction).put("emoji", emoji).put("action", action).put("mid", mid);
        return JSON.write(item);
    }

    public static String messageEdit(String pageId, String psid, String mid, String text, int numEdit, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("message_edit").put("mid", mid).put("text", text).put("num_edit", numEdit);
        return JSON.write(item);
    }

    /** An m.me link, ad or chat plugin entry ({@code source} e.g. SHORTLINK, ADS; {@code type} OPEN_THREAD). */
    public static String referral(String pageId, String psid, String ref, String source, String type, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("referral").put("ref", ref).put("source", source).put("type", type);
        return JSON.write(item);
    }

    /** A checkbox-plugin opt-in: no PSID yet, only {@code user_ref}. */
    public static String optinUserRef(String pageId, String userRef, String ref, Instant at) {
        ObjectNode item = JSON.object();
        item.putObject("recipient").put("id", pageId);
        item.put("timestamp", at.toEpochMilli());
        item.putObject("optin").put("ref", ref).put("user_ref", userRef);
        return JSON.write(item);
    }

    public static String passThreadControl(String pageId, String psid, String newOwnerAppId, String metadata, Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("pass_thread_control").put("new_owner_app_id", newOwnerAppId).put("metadata", metadata);
        return JSON.write(item);
    }

    public static String takeThreadControl(String pageId, String psid, String previousOwnerAppId, String metadata,
                                           Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("take_thread_control").put("previous_owner_app_id", previousOwnerAppId).put("metadata", metadata);
        return JSON.write(item);
    }

    public static String requestThreadControl(String pageId, String psid, String requestedOwnerAppId, String metadata,
                                              Instant at) {
        ObjectNode item = inbound(pageId, psid, at);
        item.putObject("request_thread_control").put("requested_owner_app_id", requestedOwnerAppId)
                .put("metadata", metadata);
        return JSON.write(item);
    }

    /** Facebook warned or blocked the page: there is no sender. */
    public static String policyEnforcement(String pageId, String action, String reason, Instant at) {
        ObjectNode item = JSON.object();
        item.putObject("recipient").put("id", pageId);
        item.put("timestamp", at.toEpochMilli());
        item.putObject("policy-enforcement").put("action", action).put("reason", reason);
        return JSON.write(item);
    }

    /** One {@code entry[]} item whose {@code messaging[]} holds these items. */
    public static String entry(String pageId, Instant time, String... messagingItems) {
        return entryWith("messaging", pageId, time, messagingItems);
    }

    /** One {@code entry[]} item whose {@code standby[]} holds these items (another app owns the thread). */
    public static String standbyEntry(String pageId, Instant time, String... standbyItems) {
        return entryWith("standby", pageId, time, standbyItems);
    }

    /** {@code {"object":"page","entry":[...]}}. */
    public static String envelope(String... entries) {
        ObjectNode root = JSON.object().put("object", "page");
        ArrayNode array = root.putArray("entry");
        for (String entry : entries) {
            array.add(JSON.read(entry));
        }
        return JSON.write(root);
    }

    private static String entryWith(String field, String pageId, Instant time, String... items) {
        ObjectNode entry = JSON.object().put("id", pageId).put("time", time.toEpochMilli());
        ArrayNode array = entry.putArray(field);
        for (String item : items) {
            array.add(JSON.read(item));
        }
        return JSON.write(entry);
    }

    private static ObjectNode inbound(String pageId, String psid, Instant at) {
        ObjectNode item = JSON.object();
        item.putObject("sender").put("id", psid);
        item.putObject("recipient").put("id", pageId);
        item.put("timestamp", at.toEpochMilli());
        return item;
    }

    private static ObjectNode attachment(ObjectNode message, String type) {
        return message.putArray("attachments").addObject().put("type", type);
    }
}
