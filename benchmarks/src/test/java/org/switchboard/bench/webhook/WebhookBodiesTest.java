package org.switchboard.bench.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.switchboard.relay.config.Secret;
import org.switchboard.relay.messenger.MessengerEvent;
import org.switchboard.relay.messenger.SignatureVerifier;
import org.switchboard.relay.messenger.WebhookBatch;
import org.switchboard.relay.messenger.WebhookParser;

class WebhookBodiesTest {
    private static final List<String> PAGES = List.of("100000000000001", "100000000000002", "100000000000003");

    private final AtomicLong sequence = new AtomicLong();
    private final WebhookBodies bodies = new WebhookBodies(PAGES, "secret", 50, 30, sequence, 7);

    @Test
    void aBatchParsesIntoEveryEventSpreadOverTheRequestedPages() throws Exception {
        long[] sequences = new long[100];
        WebhookBodies.SignedBody body = bodies.next(100, 3, 1_700_000_000_000L, sequences);

        WebhookBatch batch = new WebhookParser().parse(bytes(body));

        assertThat(body.events()).isEqualTo(100);
        assertThat(batch.entries()).hasSize(3);
        assertThat(batch.pageIds()).hasSize(3).isSubsetOf(PAGES);
        assertThat(batch.events()).hasSize(100);
        assertThat(batch.events()).hasAtLeastOneElementOfType(MessengerEvent.Message.class)
                .hasAtLeastOneElementOfType(MessengerEvent.Delivery.class)
                .hasAtLeastOneElementOfType(MessengerEvent.Read.class);
    }

    @Test
    void theSignatureIsTheOneTheRelayExpectsForTheAppSecret() {
        WebhookBodies.SignedBody body = bodies.next(5, 1, 1_700_000_000_000L, new long[5]);

        String signature = new String(body.signature(), StandardCharsets.US_ASCII);

        assertThat(SignatureVerifier.matches(bytes(body), signature, Secret.of("secret"))).isTrue();
        assertThat(SignatureVerifier.matches(bytes(body), signature, Secret.of("other"))).isFalse();
    }

    @Test
    void everyEventsDedupeKeyLeadsBackToItsOwnSequenceNumber() throws Exception {
        long[] sequences = new long[200];
        WebhookBodies.SignedBody body = bodies.next(200, 2, 1_700_000_000_000L, sequences);

        List<MessengerEvent> events = new WebhookParser().parse(bytes(body)).events();

        assertThat(events).extracting(e -> WebhookBodies.sequenceOf(e.dedupeKey()))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(sequences).boxed().toList());
        assertThat(Set.copyOf(events.stream().map(MessengerEvent::dedupeKey).toList())).hasSize(200);
    }

    @Test
    void theReusedBodyIsRewrittenWholeByTheNextCall() throws Exception {
        bodies.next(300, 4, 1_700_000_000_000L, new long[300]);
        WebhookBodies.SignedBody small = bodies.next(1, 1, 1_700_000_000_000L, new long[1]);

        assertThat(new WebhookParser().parse(bytes(small)).events()).hasSize(1);
        assertThat(SignatureVerifier.matches(bytes(small), new String(small.signature(), StandardCharsets.US_ASCII),
                Secret.of("secret"))).isTrue();
    }

    private static byte[] bytes(WebhookBodies.SignedBody body) {
        return Arrays.copyOf(body.json().array(), body.json().length());
    }
}
