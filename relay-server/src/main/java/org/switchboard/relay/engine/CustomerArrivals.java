package org.switchboard.relay.engine;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.protocol.ChatLine;
import org.switchboard.relay.accounts.AccountDirectory;
import org.switchboard.relay.chat.Attachments;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.media.MediaFetcher;
import org.switchboard.relay.messenger.PageAccess;
import org.switchboard.relay.profiles.CustomerProfileRecord;
import org.switchboard.relay.profiles.ProfileService;
import org.switchboard.relay.store.Database;

/**
 * What must happen before a customer's line reaches agents and the scenario: the customer's profile for a new
 * chat (so the greeting can use the first name), and the download of attached files (Facebook's URLs expire).
 * Lines of one chat are delivered in arrival order even when an earlier one waits for a download; each wait is
 * bounded. Threads: called on the engine thread; deliveries come back on it through {@code engine}.
 */
final class CustomerArrivals {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerArrivals.class);
    static final Duration PROFILE_WAIT = Duration.ofSeconds(3);
    static final Duration DOWNLOAD_WAIT = Duration.ofSeconds(30);

    private final Consumer<Runnable> engine;
    private final Database database;
    private final Conversations conversations;
    private final AccountDirectory accounts;
    private final ProfileService profiles;
    private final MediaFetcher media;

    CustomerArrivals(Consumer<Runnable> engine, Database database, Conversations conversations, AccountDirectory accounts,
                     ProfileService profiles, MediaFetcher media) {
        this.engine = engine;
        this.database = database;
        this.conversations = conversations;
        this.accounts = accounts;
        this.profiles = profiles;
        this.media = media;
    }

    /** Looks the new chat's customer up, then runs {@code start} with what was found (or nothing, in time). */
    void newChat(LiveChat chat, Consumer<Optional<CustomerProfileRecord>> start) {
        CompletableFuture<Optional<CustomerProfileRecord>> profile = accounts.byPageId(chat.customer.pageId())
                .map(account -> profiles.profile(new PageAccess(account.pageId(), account.pageAccessToken(),
                        account.appSecret(), account.appSecretProof()), chat.customer.id()))
                .orElse(CompletableFuture.completedFuture(Optional.empty()))
                .completeOnTimeout(Optional.empty(), PROFILE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        inOrder(chat, profile, () -> start.accept(profile.getNow(Optional.empty())));
    }

    /** Delivers the line once its files are stored (or could not be, in time), after the chat's earlier lines. */
    void line(LiveChat chat, ChatLine line, List<Attachments.Download> downloads, Consumer<ChatLine> deliver) {
        if (downloads.isEmpty()) {
            inOrder(chat, CompletableFuture.completedFuture(null), () -> deliver.accept(line));
            return;
        }
        CompletableFuture<?>[] fetches = downloads.stream().map(this::download).toArray(CompletableFuture[]::new);
        CompletableFuture<Void> all = CompletableFuture.allOf(fetches)
                .completeOnTimeout(null, DOWNLOAD_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        inOrder(chat, all, () -> deliver.accept(database.read(c -> conversations.line(c, Long.parseLong(line.messageId())))));
    }

    private CompletableFuture<Void> download(Attachments.Download download) {
        return media.fetch(URI.create(download.url())).thenAccept(stored -> database.write(c -> {
            conversations.attachments().downloaded(c, download.attachmentId(), stored.id());
            return null;
        })).exceptionally(error -> {
            LOG.warn("attachment {} could not be downloaded: {}", download.attachmentId(), error.getMessage());
            return null;
        });
    }

    /** Runs {@code then} on the engine once {@code work} is done and every earlier step of the chat has run. */
    private void inOrder(LiveChat chat, CompletableFuture<?> work, Runnable then) {
        CompletableFuture<Void> previous = chat.arrivals;
        CompletableFuture<Void> mine = new CompletableFuture<>();
        chat.arrivals = mine;
        CompletableFuture.allOf(previous, work.handle((result, error) -> null)).whenComplete((ignored, error) -> engine.accept(() -> {
            try {
                then.run();
            } finally {
                mine.complete(null);
            }
        }));
    }
}
