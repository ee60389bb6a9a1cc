package org.switchboard.relay.messenger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads a message's {@code attachments[]} into {@link Attachment}s; unknown types are kept raw. Stateless. */
final class AttachmentParser {

    List<Attachment> list(JsonNode message) {
        JsonNode array = message.get("attachments");
        if (array == null || !array.isArray()) {
            return List.of();
        }
        // A sticker message carries sticker_id beside its single image attachment rather than in the payload.
        String messageSticker = array.size() == 1 ? MessagingItemParser.text(message, "sticker_id") : null;
        List<Attachment> out = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            out.add(node.isObject() ? one(node, messageSticker) : new Attachment.Unknown("invalid", node.toString()));
        }
        return out;
    }

    private static Attachment one(JsonNode node, String messageSticker) {
        String type = MessagingItemParser.text(node, "type");
        JsonNode payload = node.path("payload");
        String url = MessagingItemParser.text(payload, "url");
        if (type == null) {
            return new Attachment.Unknown("", node.toString());
        }
        switch (type) {
            case "image":
                String stickerId = first(MessagingItemParser.text(payload, "sticker_id"), messageSticker);
                return stickerId != null ? new Attachment.Sticker(stickerId, url)
                        : new Attachment.Media(Attachment.MediaType.IMAGE, url);
            case "video":
                return new Attachment.Media(Attachment.MediaType.VIDEO, url);
            case "audio":
                return new Attachment.Media(Attachment.MediaType.AUDIO, url);
            case "file":
                return new Attachment.Media(Attachment.MediaType.FILE, url);
            case "location":
                JsonNode coordinates = payload.path("coordinates");
                return new Attachment.Location(number(coordinates.get("lat")), number(coordinates.get("long")),
                        first(MessagingItemParser.text(node, "title"), MessagingItemParser.text(payload, "title")),
                        first(MessagingItemParser.text(node, "url"), url));
            case "fallback":
                return new Attachment.Fallback(first(MessagingItemParser.text(node, "title"), MessagingItemParser.text(payload, "title")),
                        first(MessagingItemParser.text(node, "url"), url));
            case "template":
                return new Attachment.Template(payload.toString());
            case "share":
                return new Attachment.Share(first(url, MessagingItemParser.text(node, "url")), payload.toString());
            default:
                return new Attachment.Unknown(type, node.toString());
        }
    }

    private static Double number(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
