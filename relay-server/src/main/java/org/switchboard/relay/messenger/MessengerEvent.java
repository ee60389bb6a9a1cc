package org.switchboard.relay.messenger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One item of an entry's {@code messaging[]} or {@code standby[]} (or {@code changes[]}, kept as {@link Unknown}),
 * typed. Every variant keeps its raw JSON so nothing Facebook sent is lost, and a {@link #dedupeKey()} that
 * stays the same when Facebook retries or redelivers the same item.
 */
public sealed interface MessengerEvent {
    /** The page: the entry's {@code id}. */
    String pageId();

    /** The customer's PSID (the recipient of an echo); null when there is none (optin with user_ref, policy enforcement). */
    String customerId();

    Instant timestamp();

    /** Stable across Facebook's retries; unique per page together with {@link #pageId()}. */
    String dedupeKey();

    /** The messaging item as JSON text. */
    String rawJson();

    /** True when the item came from {@code standby[]}: another app owns the thread and we only listen. */
    boolean standby();

    /** A message the customer wrote. {@code attachments} is empty for plain text. */
    record Message(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                   String mid, String text, String quickReplyPayload, String replyToMid, List<Attachment> attachments)
            implements MessengerEvent {
        public Message {
            checkCommon("message", pageId, timestamp, rawJson);
            requireText(mid, "message of page " + pageId, "mid");
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        @Override
        public String dedupeKey() {
            return "mid:" + mid;
        }
    }

    /** A message sent by the page ({@code is_echo}): by this relay when {@code appId} is ours, else by a human or another app. */
    record Echo(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                String mid, String appId, String metadata, String text, List<Attachment> attachments)
            implements MessengerEvent {
        public Echo {
            checkCommon("echo", pageId, timestamp, rawJson);
            requireText(mid, "echo of page " + pageId, "mid");
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        @Override
        public String dedupeKey() {
            return "echo:" + mid;
        }
    }

    /** Every page message sent before {@code watermark} reached the customer's device; {@code mids} may be empty. */
    record Delivery(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                    Instant watermark, List<String> mids) implements MessengerEvent {
        public Delivery {
            checkCommon("delivery", pageId, timestamp, rawJson);
            Objects.requireNonNull(watermark, () -> "delivery of page " + pageId + ": watermark is missing");
            mids = mids == null ? List.of() : List.copyOf(mids);
        }

        @Override
        public String dedupeKey() {
            return "delivery:" + customerId + ":" + watermark.toEpochMilli();
        }
    }

    /** The customer read every page message sent before {@code watermark}. */
    record Read(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                Instant watermark) implements MessengerEvent {
        public Read {
            checkCommon("read", pageId, timestamp, rawJson);
            Objects.requireNonNull(watermark, () -> "read of page " + pageId + ": watermark is missing");
        }

        @Override
        public String dedupeKey() {
            return "read:" + customerId + ":" + watermark.toEpochMilli();
        }
    }

    /** A tap on a button, Get Started or a menu item; {@code referral} is set when it came from a link or ad. */
    record Postback(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                    String mid, String title, String payload, ReferralInfo referral) implements MessengerEvent {
        public Postback {
            checkCommon("postback", pageId, timestamp, rawJson);
        }

        @Override
        public String dedupeKey() {
            return hashKey("postback", rawJson);
        }
    }

    enum ReactionAction { REACT, UNREACT }

    /** An emoji reaction to message {@code mid} (reaction is smile, angry, sad, wow, love, like, dislike or other). */
    record Reaction(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                    String mid, String reaction, String emoji, ReactionAction action) implements MessengerEvent {
        public Reaction {
            checkCommon("reaction", pageId, timestamp, rawJson);
            Objects.requireNonNull(action, () -> "reaction of page " + pageId + ": action is missing");
        }

        @Override
        public String dedupeKey() {
            return hashKey("reaction", rawJson);
        }
    }

    /** The customer edited message {@code mid}; {@code text} is the new text. */
    record MessageEdit(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                       String mid, String text, int numEdit) implements MessengerEvent {
        public MessageEdit {
            checkCommon("message_edit", pageId, timestamp, rawJson);
        }

        @Override
        public String dedupeKey() {
            return hashKey("message_edit", rawJson);
        }
    }

    /** The customer came through an m.me link, an ad or the chat plugin ({@code source} e.g. SHORTLINK, ADS). */
    record Referral(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                    String ref, String source, String type) implements MessengerEvent {
        public Referral {
            checkCommon("referral", pageId, timestamp, rawJson);
        }

        @Override
        public String dedupeKey() {
            return hashKey("referral", rawJson);
        }
    }

    /** An opt-in (plugin, checkbox, notification messages); {@code customerId} is null when only {@code userRef} is known. */
    record Optin(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                 String ref, String userRef, String type, String payload) implements MessengerEvent {
        public Optin {
            checkCommon("optin", pageId, timestamp, rawJson);
        }

        @Override
        public String dedupeKey() {
            return hashKey("optin", rawJson);
        }
    }

    enum HandoverKind { PASS, TAKE, REQUEST }

    /**
     * Handover protocol: thread control passed to us or another app, taken, or requested. For REQUEST,
     * {@code newOwnerAppId} is the app asking for control.
     */
    record Handover(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                    HandoverKind kind, String newOwnerAppId, String previousOwnerAppId, String metadata)
            implements MessengerEvent {
        public Handover {
            checkCommon("handover", pageId, timestamp, rawJson);
            Objects.requireNonNull(kind, () -> "handover of page " + pageId + ": kind is missing");
        }

        @Override
        public String dedupeKey() {
            return hashKey("handover", rawJson);
        }
    }

    /** Facebook warned or blocked the page ({@code action} e.g. block, unblock); there is no customer. */
    record PolicyEnforcement(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson,
                             String action, String reason) implements MessengerEvent {
        public PolicyEnforcement {
            checkCommon("policy_enforcement", pageId, timestamp, rawJson);
        }

        @Override
        public String dedupeKey() {
            return hashKey("policy_enforcement", rawJson);
        }
    }

    /** An item of a kind this relay does not know (or a {@code changes[]} item), kept raw and never an error. */
    record Unknown(String pageId, String customerId, Instant timestamp, boolean standby, String rawJson, String kind)
            implements MessengerEvent {
        public Unknown {
            checkCommon("unknown", pageId, timestamp, rawJson);
            kind = kind == null || kind.isBlank() ? "unknown" : kind;
        }

        @Override
        public String dedupeKey() {
            return hashKey(kind, rawJson);
        }
    }

    /** Where a referral came from; part of a postback that followed a link or an ad. */
    record ReferralInfo(String ref, String source, String type) {
    }

    private static void checkCommon(String kind, String pageId, Instant timestamp, String rawJson) {
        Objects.requireNonNull(pageId, () -> kind + " event: pageId is missing");
        Objects.requireNonNull(timestamp, () -> kind + " event of page " + pageId + ": timestamp is missing");
        Objects.requireNonNull(rawJson, () -> kind + " event of page " + pageId + ": rawJson is missing");
    }

    private static void requireText(String value, String owner, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(owner + ": " + field + " is missing");
        }
    }

    private static String hashKey(String kind, String rawJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawJson.getBytes(StandardCharsets.UTF_8));
            return kind + ":" + SignatureVerifier.hex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
