package org.switchboard.relay.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.accounts.MessengerAccount;
import org.switchboard.relay.chat.Attachments;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.media.StoredMedia;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.GraphException;
import org.switchboard.relay.messenger.MessagingType;
import org.switchboard.relay.messenger.OutboundAttachment;
import org.switchboard.relay.messenger.PageAccess;
import org.switchboard.relay.messenger.QuickReply;
import org.switchboard.relay.messenger.SendRequest;
import org.switchboard.relay.messenger.SendResult;
import org.switchboard.relay.messenger.WindowDecision;
import org.switchboard.relay.messenger.WindowPolicy;
import org.switchboard.relay.ops.WorkThreads;
import org.switchboard.relay.store.Database;

/**
 * Drains the durable outbox to the Send API: one recipient's messages strictly in order, transient errors
 * retried with exponential backoff and jitter, permanent ones marked failed with Facebook's reason, a dead
 * token pausing its page, and an unknown outcome (timeout, 5xx) left for the echo to settle instead of
 * resending blindly. The window policy is applied before Facebook is called.
 * Threads: one sender thread; {@link #wake()} from any thread after a commit that enqueued something.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final int MAX_ATTEMPTS = 8;
    static final Duration ECHO_GRACE = Duration.ofSeconds(30);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    /** Sends per second and burst per page; Facebook tolerates more for text, less for media. */
    static final double PAGE_SENDS_PER_SECOND = 40;

    private final Database database;
    private final OutboxStore store;
    private final Clock clock;
    private final GraphApi graph;
    private final AccountDirectory accounts;
    private final WindowPolicy window;
    private final MediaStore media;
    private final OutboxListener listener;
    private final PageRateLimiter rateLimiter;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Thread thread;
    private boolean woken;
    private volatile boolean running = true;

    public OutboxSender(Database database, OutboxStore store, Clock clock, GraphApi graph, AccountDirectory accounts,
                        WindowPolicy window, MediaStore media, OutboxListener listener) {
        this.media = media;
        this.rateLimiter = new PageRateLimiter(clock, PAGE_SENDS_PER_SECOND, PAGE_SENDS_PER_SECOND);
        this.database = database;
        this.store = store;
        this.clock = clock;
        this.graph = graph;
        this.accounts = accounts;
        this.window = window;
        this.listener = listener;
        this.thread = WorkThreads.background("outbox-sender", false, false).newThread(this::loop);
    }

    public void start() {
        thread.start();
    }

    public void wake() {
        lock.lock();
        try {
            woken = true;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        while (running) {
            try {
                Round round = sendDue();
                if (round.attempted() == 0) {
                    awaitWork(round.throttledFor() > 0 ? Duration.ofMillis(round.throttledFor()) : IDLE_POLL);
                }
            } catch (RuntimeException e) {
                LOG.error("outbox round failed; retrying shortly", e);
                awaitWork(IDLE_POLL);
            }
        }
    }

    /** What one round did: sends attempted, and how long the soonest rate-limited page must still wait. */
    record Round(int attempted, long throttledFor) {
    }

    private void awaitWork(Duration atMost) {
        lock.lock();
        try {
            if (!woken) {
                work.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** One round: sends the due head of each recipient's line, within each page's rate. */
    Round sendDue() {
        List<OutboxEntry> due = database.read(c -> store.dueHeads(c, clock.instant(), 100));
        Set<String> pausedPages = new HashSet<>();
        int attempted = 0;
        long throttledFor = 0;
        for (OutboxEntry entry : due) {
            MessengerAccount account = accounts.byPageId(entry.pageId()).orElse(null);
            if (account == null) {
                fail(entry, "No Messenger account is configured for page " + entry.pageId() + " any more.");
                continue;
            }
            if (account.tokenStatus() == MessengerAccount.TokenStatus.INVALID || pausedPages.contains(entry.pageId())) {
                continue;
            }
            if (!rateLimiter.tryAcquire(entry.pageId())) {
                long wait = rateLimiter.millisUntilNext(entry.pageId());
                throttledFor = throttledFor == 0 ? wait : Math.min(throttledFor, wait);
                pausedPages.add(entry.pageId());
                continue;
            }
            attempted++;
            if (!send(entry, account)) {
                pausedPages.add(entry.pageId());
            }
        }
        return new Round(attempted, throttledFor);
    }

    /** Returns false when the page must pause (dead token, policy block). */
    private boolean send(OutboxEntry entry, MessengerAccount account) {
        Instant now = clock.instant();
        WindowDecision decision = window.decide(entry.lastCustomerMessageAt(), now, entry.sender());
        if (decision instanceof WindowDecision.Closed closed) {
            fail(entry, closed.reason());
            return true;
        }
        try {
            SendRequest request = request(entry, decision, account);
            SendResult result = graph.sendMessage(access(account), request);
            database.write(c -> {
                store.markSent(c, entry, result.messageId());
                return null;
            });
            listener.statusChanged(entry.conversationId(), entry.messageId(), DeliveryStatus.SENT, null);
            return true;
        } catch (GraphException e) {
            return handleFailure(entry, account, e);
        }
    }

    private boolean handleFailure(OutboxEntry entry, MessengerAccount account, GraphException e) {
        LOG.warn("send of message {} to page {} failed ({}): {}", entry.messageId(), entry.pageId(), e.kind(), e.getMessage());
        switch (e.kind()) {
            case TRANSIENT, RATE_LIMITED -> {
                if (entry.attempts() + 1 >= MAX_ATTEMPTS) {
                    fail(entry, "Facebook kept failing after " + MAX_ATTEMPTS + " attempts: " + e.getMessage());
                } else {
                    retry(entry, "PENDING", backoff(entry.attempts()), e.getMessage());
                }
                return e.kind() != GraphException.Kind.RATE_LIMITED;
            }
            case UNKNOWN_OUTCOME -> {
                retry(entry, "AWAITING_ECHO", ECHO_GRACE, e.getMessage());
                return true;
            }
            case TOKEN_INVALID -> {
                accounts.markTokenInvalid(account.pageId(), e.getMessage());
                retry(entry, "PENDING", Duration.ZERO, e.getMessage());
                return false;
            }
            case POLICY_BLOCKED -> {
                retry(entry, "PENDING", Duration.ofMinutes(10), e.getMessage());
                return false;
            }
            default -> {
                fail(entry, e.getMessage());
                return true;
            }
        }
    }

    /** The Send API request for the entry: its text with quick replies, or its file uploaded to Facebook first. */
    private SendRequest request(OutboxEntry entry, WindowDecision decision, MessengerAccount account) throws GraphException {
        boolean tagged = decision instanceof WindowDecision.HumanAgentTag;
        OutboundAttachment attachment = null;
        if (entry.mediaId() != null) {
            OutboundAttachment.Upload upload = upload(entry.mediaId());
            attachment = new OutboundAttachment.Saved(upload.type(), graph.uploadAttachment(access(account), upload));
        }
        return new SendRequest(entry.recipientId(), tagged ? MessagingType.MESSAGE_TAG : MessagingType.RESPONSE,
                tagged ? WindowDecision.HUMAN_AGENT_TAG : null, attachment == null ? entry.text() : null, attachment,
                entry.quickReplies().stream().map(title -> new QuickReply(title, title)).toList(), entry.metadata());
    }

    private OutboundAttachment.Upload upload(String mediaId) throws GraphException {
        StoredMedia file = media.find(mediaId).orElseThrow(() -> new GraphException(GraphException.Kind.BAD_REQUEST,
                "The file " + mediaId + " is no longer on the relay.", 0, null, null, 0));
        try (InputStream in = media.open(mediaId)) {
            return new OutboundAttachment.Upload(attachmentType(file), mediaId.substring(0, 12) + extension(file),
                    file.contentType(), in.readAllBytes());
        } catch (IOException e) {
            throw new GraphException(GraphException.Kind.TRANSIENT, "reading file " + mediaId + " failed: " + e.getMessage(), e);
        }
    }

    private static OutboundAttachment.Type attachmentType(StoredMedia file) {
        return switch (Attachments.kindOf(file.contentType())) {
            case IMAGE -> OutboundAttachment.Type.IMAGE;
            case VIDEO -> OutboundAttachment.Type.VIDEO;
            case AUDIO -> OutboundAttachment.Type.AUDIO;
            default -> OutboundAttachment.Type.FILE;
        };
    }

    private static String extension(StoredMedia file) {
        String subtype = file.contentType().contains("/") ? file.contentType().substring(file.contentType().indexOf('/') + 1) : "bin";
        return "." + subtype.replaceAll("[^a-z0-9]", "");
    }

    static Duration backoff(int attempts) {
        long base = 1000L << Math.min(attempts, 8);
        long capped = Math.min(base, Duration.ofMinutes(5).toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void retry(OutboxEntry entry, String state, Duration delay, String error) {
        database.write(c -> {
            store.retryLater(c, entry, state, clock.instant().plus(delay), error);
            return null;
        });
    }

    private void fail(OutboxEntry entry, String reason) {
        database.write(c -> {
            store.markFailed(c, entry, reason);
            return null;
        });
        listener.statusChanged(entry.conversationId(), entry.messageId(), DeliveryStatus.FAILED, reason);
    }

    private static PageAccess access(MessengerAccount account) {
        return new PageAccess(account.pageId(), account.pageAccessToken(), account.appSecret(), account.appSecretProof());
    }

    @Override
    public void close() {
        running = false;
        wake();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
