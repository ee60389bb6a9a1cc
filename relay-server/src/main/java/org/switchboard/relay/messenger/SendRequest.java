package org.switchboard.relay.messenger;

import java.util.List;
import java.util.Objects;

/**
 * One Send API message to one recipient: text or an attachment (not both), optional quick replies, and
 * {@code metadata} that comes back on the echo so an ambiguous send can be reconciled.
 */
public record SendRequest(String recipientId, MessagingType messagingType, String tag, String text,
                          OutboundAttachment attachment, List<QuickReply> quickReplies, String metadata) {
    public static final int MAX_TEXT_CHARS = 2000;
    public static final int MAX_QUICK_REPLIES = 13;
    public static final int MAX_METADATA_CHARS = 1000;

    public SendRequest {
        if (recipientId == null || recipientId.isBlank()) {
            throw new IllegalArgumentException("send request: recipientId is missing");
        }
        String owner = "send request to " + recipientId;
        Objects.requireNonNull(messagingType, () -> owner + ": messagingType is missing");
        if ((text == null) == (attachment == null)) {
            throw new IllegalArgumentException(owner + ": needs exactly one of text and attachment");
        }
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException(owner + ": text is blank");
        }
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException(owner + ": text has " + text.codePointCount(0, text.length())
                    + " characters, over the limit of " + MAX_TEXT_CHARS);
        }
        if (attachment instanceof OutboundAttachment.Upload) {
            throw new IllegalArgumentException(owner + ": upload the attachment first and send it by attachment ID");
        }
        quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        if (quickReplies.size() > MAX_QUICK_REPLIES) {
            throw new IllegalArgumentException(owner + ": " + quickReplies.size() + " quick replies, over the limit of "
                    + MAX_QUICK_REPLIES);
        }
        if (messagingType == MessagingType.MESSAGE_TAG && (tag == null || tag.isBlank())) {
            throw new IllegalArgumentException(owner + ": messagingType MESSAGE_TAG needs a tag");
        }
        if (messagingType != MessagingType.MESSAGE_TAG && tag != null) {
            throw new IllegalArgumentException(owner + ": tag '" + tag + "' needs messagingType MESSAGE_TAG, not "
                    + messagingType);
        }
        if (metadata != null && metadata.length() > MAX_METADATA_CHARS) {
            throw new IllegalArgumentException(owner + ": metadata is longer than " + MAX_METADATA_CHARS + " characters");
        }
    }

    /** A plain text message with no tag, quick replies or metadata. */
    public static SendRequest text(String recipientId, MessagingType messagingType, String text) {
        return new SendRequest(recipientId, messagingType, null, text, null, List.of(), null);
    }
}
