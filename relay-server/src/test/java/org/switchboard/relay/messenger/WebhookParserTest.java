package org.switchboard.relay.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.messenger.MessengerEvent.Delivery;
import org.switchboard.relay.messenger.MessengerEvent.Echo;
import org.switchboard.relay.messenger.MessengerEvent.Handover;
import org.switchboard.relay.messenger.MessengerEvent.HandoverKind;
import org.switchboard.relay.messenger.MessengerEvent.Message;
import org.switchboard.relay.messenger.MessengerEvent.MessageEdit;
import org.switchboard.relay.messenger.MessengerEvent.Optin;
import org.switchboard.relay.messenger.MessengerEvent.PolicyEnforcement;
import org.switchboard.relay.messenger.MessengerEvent.Postback;
import org.switchboard.relay.messenger.MessengerEvent.Reaction;
import org.switchboard.relay.messenger.MessengerEvent.ReactionAction;
import org.switchboard.relay.messenger.MessengerEvent.Read;
import org.switchboard.relay.messenger.MessengerEvent.Referral;
import org.switchboard.relay.messenger.MessengerEvent.Unknown;

class WebhookParserTest {
    private static final String PAGE = "106385432189520";
    private static final String PSID = "7428917230587312";

    private final WebhookParser parser = new WebhookParser();

    @Test
    void textMessageKeepsIdsAsStringsAndDecodesFacebookEscapes() throws Exception {
        WebhookBatch batch = parse("text-message.json");

        assertThat(batch.object()).isEqualTo("page");
        assertThat(batch.pageIds()).containsExactly(PAGE);
        WebhookEntry entry = batch.entries().get(0);
        assertThat(entry.time()).isEqualTo(Instant.ofEpochMilli(1732540800123L));
        Message message = (Message) entry.events().get(0);
        assertThat(message.pageId()).isEqualTo(PAGE);
        assertThat(message.customerId()).isEqualTo(PSID);
        assertThat(message.timestamp()).isEqualTo(Instant.ofEpochMilli(1732540800000L));
        assertThat(message.mid()).isEqualTo("m_AbCdEf-1a2B3c/x_Zz");
        assertThat(message.text()).isEqualTo("Bonjour, café crème? \uD83D\uDE00 see https://example.com/a");
        assertThat(message.attachments()).isEmpty();
        assertThat(message.quickReplyPayload()).isNull();
        assertThat(message.standby()).isFalse();
        assertThat(message.dedupeKey()).isEqualTo("mid:m_AbCdEf-1a2B3c/x_Zz");
        assertThat(message.rawJson()).isEqualTo("{\"sender\":{\"id\":\"7428917230587312\"},\"recipient\":{\"id\":\"106385432189520\"},"
                + "\"timestamp\":1732540800000,\"message\":{\"mid\":\"m_AbCdEf-1a2B3c\\/x_Zz\",\"text\":\"Bonjour, caf\\u00e9 cr\\u00e8me? "
                + "\\ud83d\\ude00 see https:\\/\\/example.com\\/a\"}}");
    }

    @Test
    void echoNamesTheCustomerAsRecipientAndKeepsAppIdAndMetadata() throws Exception {
        Echo echo = (Echo) parse("echo.json").events().get(0);

        assertThat(echo.pageId()).isEqualTo(PAGE);
        assertThat(echo.customerId()).isEqualTo(PSID);
        assertThat(echo.appId()).isEqualTo("1517776481860111");
        assertThat(echo.metadata()).isEqualTo("sb:out:42");
        assertThat(echo.text()).isEqualTo("Hello from the agent");
        assertThat(echo.dedupeKey()).isEqualTo("echo:m_echo_1");
    }

    @Test
    void deliveryAndReadCarryWatermarksAndStableKeys() throws Exception {
        List<MessengerEvent> events = parse("receipts.json").events();

        Delivery delivery = (Delivery) events.get(0);
        assertThat(delivery.customerId()).isEqualTo(PSID);
        assertThat(delivery.watermark()).isEqualTo(Instant.ofEpochMilli(1732540801500L));
        assertThat(delivery.mids()).containsExactly("m_echo_1", "m_echo_2");
        assertThat(delivery.dedupeKey()).isEqualTo("delivery:" + PSID + ":1732540801500");
        Read read = (Read) events.get(1);
        assertThat(read.watermark()).isEqualTo(Instant.ofEpochMilli(1732540801600L));
        assertThat(read.dedupeKey()).isEqualTo("read:" + PSID + ":1732540801600");
    }

    @Test
    void everyAttachmentTypeIsTypedAndUrlsStayAsGiven() throws Exception {
        Message message = (Message) parse("attachments.json").events().get(0);

        assertThat(message.text()).isNull();
        assertThat(message.attachments()).containsExactly(
                new Attachment.Media(Attachment.MediaType.IMAGE,
                        "https://scontent.xx.fbcdn.net/v/t1.15752-9/img.png?_nc_cat=1&oh=abc"),
                new Attachment.Media(Attachment.MediaType.VIDEO, "https://video.xx.fbcdn.net/v.mp4"),
                new Attachment.Media(Attachment.MediaType.AUDIO, "https://cdn.fbsbx.com/a.mp4"),
                new Attachment.Media(Attachment.MediaType.FILE, "https://cdn.fbsbx.com/f.pdf"),
                new Attachment.Sticker("369239263222822", "https://scontent.xx.fbcdn.net/sticker.png"),
                new Attachment.Location(48.8566, 2.3522, "Pinned Location", "https://l.facebook.com/l.php?u=maps"),
                new Attachment.Fallback("Example Domain", "https://example.com/"),
                new Attachment.Template("{\"template_type\":\"generic\",\"elements\":[{\"title\":\"Shoe\"}]}"),
                new Attachment.Share("https://www.facebook.com/post/1", "{\"url\":\"https://www.facebook.com/post/1\"}"),
                new Attachment.Unknown("ig_reel", "{\"type\":\"ig_reel\",\"payload\":{\"reel_video_id\":\"99\"}}"));
    }

    @Test
    void quickReplyReplyToPostbackReactionEditReferralOptinHandoverAndPolicyAreTyped() throws Exception {
        List<MessengerEvent> events = parse("interactions.json").events();

        assertThat(events).hasSize(13);
        Message quickReply = (Message) events.get(0);
        assertThat(quickReply.quickReplyPayload()).isEqualTo("CONFIRM_YES");
        assertThat(quickReply.replyToMid()).isEqualTo("m_echo_1");

        Postback postback = (Postback) events.get(1);
        assertThat(postback).extracting(Postback::mid, Postback::title, Postback::payload)
                .containsExactly("m_pb", "Get Started", "GET_STARTED");
        assertThat(postback.referral()).isEqualTo(new MessengerEvent.ReferralInfo("summer-ad", "ADS", "OPEN_THREAD"));
        assertThat(postback.dedupeKey()).startsWith("postback:").hasSize("postback:".length() + 64);

        Reaction react = (Reaction) events.get(2);
        assertThat(react).extracting(Reaction::mid, Reaction::reaction, Reaction::emoji, Reaction::action)
                .containsExactly("m_echo_1", "love", "\u2764\ufe0f", ReactionAction.REACT);
        Reaction unreact = (Reaction) events.get(3);
        assertThat(unreact.action()).isEqualTo(ReactionAction.UNREACT);
        assertThat(unreact.emoji()).isNull();
        assertThat(unreact.dedupeKey()).isNotEqualTo(react.dedupeKey());

        MessageEdit edit = (MessageEdit) events.get(4);
        assertThat(edit).extracting(MessageEdit::mid, MessageEdit::text, MessageEdit::numEdit)
                .containsExactly("m_AbCdEf", "Bonjour, thé?", 2);

        Referral referral = (Referral) events.get(5);
        assertThat(referral).extracting(Referral::ref, Referral::source, Referral::type)
                .containsExactly("spring-promo", "SHORTLINK", "OPEN_THREAD");

        Optin checkbox = (Optin) events.get(6);
        assertThat(checkbox.customerId()).isNull();
        assertThat(checkbox.userRef()).isEqualTo("ur-55");
        assertThat(checkbox.ref()).isEqualTo("checkout");
        Optin notifications = (Optin) events.get(7);
        assertThat(notifications.customerId()).isEqualTo(PSID);
        assertThat(notifications).extracting(Optin::type, Optin::payload).containsExactly("notification_messages", "WEEKLY");

        Handover pass = (Handover) events.get(8);
        assertThat(pass).extracting(Handover::kind, Handover::newOwnerAppId, Handover::previousOwnerAppId, Handover::metadata)
                .containsExactly(HandoverKind.PASS, "123456789", "263902037430900", "to the bot");
        Handover take = (Handover) events.get(9);
        assertThat(take).extracting(Handover::kind, Handover::previousOwnerAppId, Handover::metadata)
                .containsExactly(HandoverKind.TAKE, "123456789", "agent took over");
        Handover request = (Handover) events.get(10);
        assertThat(request).extracting(Handover::kind, Handover::newOwnerAppId)
                .containsExactly(HandoverKind.REQUEST, "123456789");

        PolicyEnforcement policy = (PolicyEnforcement) events.get(11);
        assertThat(policy.customerId()).isNull();
        assertThat(policy).extracting(PolicyEnforcement::action, PolicyEnforcement::reason)
                .containsExactly("block", "The bot violated our Platform Policies");

        Unknown game = (Unknown) events.get(12);
        assertThat(game.kind()).isEqualTo("game_play");
        assertThat(game.customerId()).isEqualTo(PSID);
        assertThat(game.rawJson()).contains("\"score\":3");
    }

    @Test
    void batchFromSeveralPagesKeepsEveryEntryStandbyAndChanges() throws Exception {
        WebhookBatch batch = parse("batch-several-pages.json");

        assertThat(batch.entries()).extracting(WebhookEntry::pageId).containsExactly("111", "222", "111");
        assertThat(batch.pageIds()).containsExactly("111", "222");
        List<MessengerEvent> events = batch.events();
        assertThat(events).hasSize(4);
        assertThat(events.get(0)).isInstanceOf(Message.class);
        assertThat(events.get(1)).extracting(MessengerEvent::customerId).isEqualTo("p2");
        Message standby = (Message) events.get(2);
        assertThat(standby.pageId()).isEqualTo("222");
        assertThat(standby.standby()).isTrue();
        Unknown change = (Unknown) events.get(3);
        assertThat(change.kind()).isEqualTo("changes:feed");
        assertThat(change.customerId()).isNull();
        assertThat(change.timestamp()).isEqualTo(Instant.ofEpochMilli(1732540805003L));
    }

    @Test
    void oddButValidItemsBecomeUnknownInsteadOfFailingTheBatch() throws Exception {
        String body = """
                {"object":"page","entry":[
                  {"id":"1","time":5,"messaging":[
                    "not an object",
                    {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":6,"message":{"text":"no mid"}},
                    {"sender":{"id":"9"},"recipient":{"id":"1"},"timestamp":7,"delivery":{"mids":[]}},
                    {"sender":{"id":"9"},"recipient":{"id":"1"}},
                    {"sender":{"id":9},"recipient":{"id":1},"timestamp":"8","message":{"mid":"m_x","text":"ok","brand_new":{"a":1}}}
                  ]},
                  42,
                  {"messaging":[{"sender":{"id":"9"},"timestamp":9,"message":{"mid":"m_y"}}]}
                ],"extra":true}
                """;

        WebhookBatch batch = parser.parse(body.getBytes(StandardCharsets.UTF_8));

        List<MessengerEvent> events = batch.events();
        assertThat(events).hasSize(7);
        assertThat(events.get(0)).isInstanceOf(Unknown.class).extracting(e -> ((Unknown) e).kind()).isEqualTo("invalid");
        assertThat(events.get(1)).isInstanceOf(Unknown.class).extracting(e -> ((Unknown) e).kind()).isEqualTo("message");
        assertThat(events.get(2)).isInstanceOf(Unknown.class).extracting(e -> ((Unknown) e).kind()).isEqualTo("delivery");
        assertThat(events.get(3)).isInstanceOf(Unknown.class).extracting(MessengerEvent::timestamp)
                .isEqualTo(Instant.ofEpochMilli(5));
        Message numericIds = (Message) events.get(4);
        assertThat(numericIds.customerId()).isEqualTo("9");
        assertThat(numericIds.timestamp()).isEqualTo(Instant.ofEpochMilli(8));
        assertThat(events.get(5)).isInstanceOf(Unknown.class).extracting(MessengerEvent::pageId).isEqualTo("");
        Message noPage = (Message) events.get(6);
        assertThat(noPage.pageId()).isEmpty();
        assertThat(noPage.text()).isNull();
    }

    @Test
    void rawJsonIsTheExactItemTextEvenAfterUnescapedMultiByteCharacters() throws Exception {
        String first = "{\"sender\":{\"id\":\"9\"},\"timestamp\":1,\"message\":{\"mid\":\"m_a\",\"text\":\"Zoë 😀 ß\"}}";
        String second = "{ \"sender\" : {\"id\":\"9\"}, \"timestamp\":2, \"read\":{\"watermark\":3} }";
        String body = "{\"entry\":[{\"messaging\":[" + first + ",\n  " + second + "],\"id\":\"1\"}]}";

        List<MessengerEvent> events = parser.parse(body.getBytes(StandardCharsets.UTF_8)).events();

        assertThat(events).extracting(MessengerEvent::rawJson).containsExactly(first, second);
        assertThat(events).extracting(MessengerEvent::pageId).containsOnly("1");
        assertThat(((Message) events.get(0)).text()).isEqualTo("Zoë 😀 ß");
    }

    @Test
    void retriedItemsGetTheSameDedupeKeys() throws Exception {
        List<MessengerEvent> first = parse("interactions.json").events();
        List<MessengerEvent> again = parse("interactions.json").events();

        assertThat(again).extracting(MessengerEvent::dedupeKey)
                .containsExactlyElementsOf(first.stream().map(MessengerEvent::dedupeKey).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void emptyEntryArrayIsAValidEmptyBatch() throws Exception {
        WebhookBatch batch = parser.parse("{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8));

        assertThat(batch.entries()).isEmpty();
        assertThat(batch.pageIds()).isEmpty();
    }

    @Test
    void bodiesThatAreNotEnvelopesAreMalformedWithTheReason() {
        assertMalformed("", "empty");
        assertMalformed("{\"object\":\"page\",\"entry\":[", "not JSON");
        assertMalformed("not json", "not JSON");
        assertMalformed("{} {}", "not JSON");
        assertMalformed("[1,2]", "array, not an object");
        assertMalformed("\"text\"", "string, not an object");
        assertMalformed("{\"object\":\"page\"}", "no \"entry\" array");
        assertMalformed("{\"object\":\"page\",\"entry\":{}}", "no \"entry\" array");
    }

    @Test
    void aThousandEntryBatchParsesEveryItem() throws Exception {
        StringBuilder body = new StringBuilder("{\"object\":\"page\",\"entry\":[");
        for (int i = 0; i < 1000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i % 7).append("\",\"time\":1,\"messaging\":[")
                    .append("{\"sender\":{\"id\":\"u").append(i).append("\"},\"recipient\":{\"id\":\"").append(i % 7)
                    .append("\"},\"timestamp\":2,\"message\":{\"mid\":\"m_").append(i).append("\",\"text\":\"hi\"}}]}");
        }
        body.append("]}");

        WebhookBatch batch = parser.parse(body.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(batch.events()).hasSize(1000).extracting(MessengerEvent::dedupeKey).doesNotHaveDuplicates();
        assertThat(batch.pageIds()).hasSize(7);
    }

    private void assertMalformed(String body, String reason) {
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedWebhookException.class)
                .hasMessageContaining(reason);
    }

    private WebhookBatch parse(String resource) throws IOException, MalformedWebhookException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            assertThat(in).as("test resource %s", resource).isNotNull();
            return parser.parse(in.readAllBytes());
        }
    }
}
