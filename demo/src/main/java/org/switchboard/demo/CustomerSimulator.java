package org.switchboard.demo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeMessenger;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

/**
 * A Messenger user talking to the demo page, played by the simulator: what they type is posted to the relay as
 * a signed webhook event, and for every message the page sends them Facebook's own follow-ups are posted back —
 * the echo (with our app id and metadata), then delivery and read receipts.
 * Threads: posts run on one background thread in order; listeners are called on it.
 */
public final class CustomerSimulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerSimulator.class);

    /** How long the simulated customer takes to read a page message. */
    private static final Duration READ_AFTER = Duration.ofMillis(1500);

    private final FakeMessenger facebook;
    private final String pageId;
    private final String psid;
    private final String appId;
    private final ScheduledExecutorService poster =
            Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "customer-simulator"));
    private final List<Consumer<String>> pageMessageListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong mids = new AtomicLong(System.currentTimeMillis());

    CustomerSimulator(FakeGraphApi graph, URI webhook, String pageId, String psid, String appSecret, String appId) {
        this.facebook = new FakeMessenger(webhook, appSecret);
        this.pageId = pageId;
        this.psid = psid;
        this.appId = appId;
        graph.onSend(this::pageSent);
    }

    /** The customer writes {@code text} in Messenger. */
    public void say(String text) {
        poster.execute(() -> post(MessengerEvents.text(pageId, psid, "m_customer_" + mids.incrementAndGet(), text, Instant.now())));
    }

    /** Called with the text of every message the page sends to this customer. */
    public void onPageMessage(Consumer<String> listener) {
        pageMessageListeners.add(listener);
    }

    private void pageSent(RecordedSend send) {
        if (!psid.equals(send.recipientId()) || send.text() == null) {
            return;
        }
        pageMessageListeners.forEach(listener -> listener.accept(send.text()));
        Instant sent = Instant.now();
        poster.execute(() -> {
            post(MessengerEvents.echo(pageId, psid, send.messageId(), appId, send.metadata(), send.text(), sent));
            post(MessengerEvents.delivery(pageId, psid, sent, Instant.now(), send.messageId()));
        });
        poster.schedule(() -> post(MessengerEvents.read(pageId, psid, sent, Instant.now())), READ_AFTER.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void post(String item) {
        int status = facebook.post(MessengerEvents.envelope(MessengerEvents.entry(pageId, Instant.now(), item)));
        if (status != 200) {
            LOG.warn("the relay answered {} to a simulated webhook event", status);
        }
    }

    @Override
    public void close() {
        poster.shutdown();
        try {
            poster.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
