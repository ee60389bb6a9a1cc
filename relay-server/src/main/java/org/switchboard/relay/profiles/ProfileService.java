package org.switchboard.relay.profiles;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.media.MediaFetcher;
import org.switchboard.relay.media.StoredMedia;
import org.switchboard.relay.messenger.CustomerProfile;
import org.switchboard.relay.messenger.GraphApi;
import org.switchboard.relay.messenger.GraphException;
import org.switchboard.relay.messenger.PageAccess;

/**
 * Fetches each customer's profile once, caches it in the {@link ProfileStore} and refreshes it after
 * {@code refreshAfter}; downloads and stores the picture, because Facebook's picture URL expires. When the app lacks
 * permission it stores {@code permitted = false} and does not ask again until the refresh, logging once per page.
 * Any other failure answers the cached record (or nothing) and is retried on the next call.
 * Threads: store and Graph calls run on the given executor; concurrent calls for one customer share one lookup.
 */
public final class ProfileService {
    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);
    /** Profile-specific refusals (Business Asset User Profile Access missing) that may come without a permission code. */
    private static final Set<Integer> PROFILE_DENIED_SUBCODES = Set.of(2018218, 2018247);

    private final GraphApi graph;
    private final ProfileStore store;
    private final MediaFetcher media;
    private final Clock clock;
    private final Executor executor;
    private final Duration refreshAfter;
    private final Set<String> pagesWarned = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<Customer, CompletableFuture<Optional<CustomerProfileRecord>>> inFlight =
            new ConcurrentHashMap<>();

    public ProfileService(GraphApi graph, ProfileStore store, MediaFetcher media, Clock clock, Executor executor,
                          Duration refreshAfter) {
        this.graph = Objects.requireNonNull(graph, "profile service: graph is missing");
        this.store = Objects.requireNonNull(store, "profile service: store is missing");
        this.media = Objects.requireNonNull(media, "profile service: media is missing");
        this.clock = Objects.requireNonNull(clock, "profile service: clock is missing");
        this.executor = Objects.requireNonNull(executor, "profile service: executor is missing");
        if (refreshAfter == null || refreshAfter.isNegative() || refreshAfter.isZero()) {
            throw new IllegalArgumentException("profile service: refreshAfter " + refreshAfter + " is not positive");
        }
        this.refreshAfter = refreshAfter;
    }

    /** The customer's profile; never completes exceptionally: failures give the cached record or empty. */
    public CompletableFuture<Optional<CustomerProfileRecord>> profile(PageAccess page, String psid) {
        Objects.requireNonNull(page, "profile service: page is missing");
        if (psid == null || psid.isBlank()) {
            throw new IllegalArgumentException("profile service, page " + page.pageId() + ": psid is missing");
        }
        Customer customer = new Customer(page.pageId(), psid);
        CompletableFuture<Optional<CustomerProfileRecord>> lookup = new CompletableFuture<>();
        CompletableFuture<Optional<CustomerProfileRecord>> running = inFlight.putIfAbsent(customer, lookup);
        if (running != null) {
            return running.copy();
        }
        lookup.whenComplete((result, error) -> inFlight.remove(customer, lookup));
        start(page, customer, lookup);
        return lookup.copy();
    }

    private void start(PageAccess page, Customer customer, CompletableFuture<Optional<CustomerProfileRecord>> lookup) {
        try {
            executor.execute(() -> {
                try {
                    lookUp(page, customer).whenComplete((result, error) -> finish(customer, lookup, result, error));
                } catch (RuntimeException e) {
                    finish(customer, lookup, null, e);
                }
            });
        } catch (RejectedExecutionException e) {
            finish(customer, lookup, null, e);
        }
    }

    private void finish(Customer customer, CompletableFuture<Optional<CustomerProfileRecord>> lookup,
                        Optional<CustomerProfileRecord> result, Throwable error) {
        if (error == null) {
            lookup.complete(result);
            return;
        }
        log.warn("profile of {} on page {} is unavailable", customer.psid(), customer.pageId(), unwrap(error));
        lookup.complete(Optional.empty());
    }

    private CompletableFuture<Optional<CustomerProfileRecord>> lookUp(PageAccess page, Customer customer) {
        Optional<CustomerProfileRecord> cached = store.find(customer.pageId(), customer.psid());
        Instant now = clock.instant();
        if (cached.isPresent() && now.isBefore(cached.get().fetchedAt().plus(refreshAfter))) {
            return CompletableFuture.completedFuture(cached);
        }
        CustomerProfile fetched;
        try {
            fetched = graph.fetchProfile(page, customer.psid());
        } catch (GraphException e) {
            if (!isNotPermitted(e)) {
                log.info("profile of {} on page {} not fetched ({}), retrying on the next call: {}", customer.psid(),
                        customer.pageId(), e.kind(), e.getMessage());
                return CompletableFuture.completedFuture(cached);
            }
            warnOnce(customer.pageId(), e);
            CustomerProfileRecord refused = CustomerProfileRecord.notPermitted(customer.pageId(), customer.psid(), now);
            store.save(refused);
            return CompletableFuture.completedFuture(Optional.of(refused));
        }
        pagesWarned.remove(customer.pageId());
        String previousPicture = cached.map(CustomerProfileRecord::pictureMediaId).orElse(null);
        return picture(customer, fetched.profilePicUrl(), previousPicture).thenApplyAsync(pictureId -> {
            CustomerProfileRecord record = new CustomerProfileRecord(customer.pageId(), customer.psid(),
                    fetched.firstName(), fetched.lastName(), pictureId, now, true);
            store.save(record);
            return Optional.of(record);
        }, executor);
    }

    /** The stored picture's id; on failure the previous picture (or none) stays, and the next refresh tries again. */
    private CompletableFuture<String> picture(Customer customer, String url, String previous) {
        if (url == null || url.isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            log.info("profile picture of {} on page {} has a malformed URL (previous picture: {})", customer.psid(),
                    customer.pageId(), previous);
            return CompletableFuture.completedFuture(previous);
        }
        return media.fetch(uri).thenApply(StoredMedia::id).exceptionally(error -> {
            log.info("profile picture of {} on page {} not stored (previous picture: {}): {}", customer.psid(),
                    customer.pageId(), previous, unwrap(error).getMessage());
            return previous;
        });
    }

    private static boolean isNotPermitted(GraphException e) {
        return e.kind() == GraphException.Kind.PERMISSION
                || (e.subcode() != null && PROFILE_DENIED_SUBCODES.contains(e.subcode()));
    }

    private void warnOnce(String pageId, GraphException e) {
        if (pagesWarned.add(pageId)) {
            log.warn("page {}: the app may not read customer profiles (#{}); names and pictures stay empty, asking again"
                    + " after {} per customer", pageId, e.code(), refreshAfter);
        } else {
            log.debug("page {}: profile refused again (#{})", pageId, e.code());
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** One customer of one page: the cache and in-flight key. */
    private record Customer(String pageId, String psid) {
    }
}
