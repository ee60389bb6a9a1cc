package org.switchboard.relay.messenger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;

/** Writes the Send API request bodies exactly as the Messenger contract shows them. Thread-safe. */
final class SendApiJson {
    private final ObjectMapper mapper;

    SendApiJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code {"recipient":{"id":..},"messaging_type":"RESPONSE","message":{"text":..,"metadata":..}}} (+ tag). */
    String message(SendRequest request) {
        ObjectNode root = mapper.createObjectNode();
        root.putObject("recipient").put("id", request.recipientId());
        root.put("messaging_type", request.messagingType().name());
        if (request.tag() != null) {
            root.put("tag", request.tag());
        }
        ObjectNode message = root.putObject("message");
        if (request.text() != null) {
            message.put("text", request.text());
        }
        if (request.attachment() instanceof OutboundAttachment.ByUrl byUrl) {
            ObjectNode attachment = message.putObject("attachment").put("type", byUrl.type().wireName());
            attachment.putObject("payload").put("url", byUrl.url().toString()).put("is_reusable", byUrl.reusable());
        } else if (request.attachment() instanceof OutboundAttachment.Saved saved) {
            message.putObject("attachment").put("type", saved.type().wireName())
                    .putObject("payload").put("attachment_id", saved.attachmentId());
        }
        if (!request.quickReplies().isEmpty()) {
            var replies = message.putArray("quick_replies");
            request.quickReplies().forEach(reply -> replies.addObject()
                    .put("content_type", "text").put("title", reply.title()).put("payload", reply.payload()));
        }
        if (request.metadata() != null) {
            message.put("metadata", request.metadata());
        }
        return write(root);
    }

    /** {@code {"recipient":{"id":..},"sender_action":"typing_on"}}. */
    String senderAction(String recipientId, SenderAction action) {
        ObjectNode root = mapper.createObjectNode();
        root.putObject("recipient").put("id", recipientId);
        root.put("sender_action", action.wireName());
        return write(root);
    }

    /** The {@code message} of an attachment upload: {@code {"attachment":{"type":..,"payload":{"is_reusable":true,"url":..}}}}. */
    String uploadMessage(OutboundAttachment.Type type, URI url) {
        ObjectNode message = mapper.createObjectNode();
        ObjectNode payload = message.putObject("attachment").put("type", type.wireName()).putObject("payload");
        payload.put("is_reusable", true);
        if (url != null) {
            payload.put("url", url.toString());
        }
        return write(message);
    }

    private String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write Send API JSON", e);
        }
    }
}
