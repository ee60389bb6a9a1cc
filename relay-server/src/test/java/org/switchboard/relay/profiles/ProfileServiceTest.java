package org.switchboard.relay.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.switchboard.relay.FakeClock;
import org.switchboard.relay.config.Secret;
import org.switchboard.relay.media.FetchRetries;
import org.switchboard.relay.media.FlakyGraphApi;
import org.switchboard.relay.media.MediaFetcher;
import org.switchboard.relay.media.MediaStore;
import org.switchboard.relay.media.StoredMedia;
import org.switchboard.relay.messenger.HttpGraphClient;
import org.switchboard.relay.messenger.PageAccess;
import org.switchboard.relay.store.Database;
import org.switchboard.relay.store.StoreException;
import org.switchboard.sim.FakeGraphApi;
import org.switchboard.sim.FakeGraphError;

class ProfileServiceTest {
    private static final PageAccess PAGE = new PageAccess("106385432189520", Secret.of("page-token"), null, false);
    private static final String PSID = "7428917230587312";
    private static final Duration REFRESH = Duration.ofDays(7);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 1, 2};
    private static final Executor DIRECT = Runnable::run;

    @TempDir
    Path dataDir;

    private final FakeGraphApi graph = FakeGraphApi.start();
    private final FlakyGraphApi flaky = new FlakyGraphApi(new HttpGraphClient(graph.baseUrl(), "v21.0", Duration.ofSeconds(5)));
    private final FakeClock clock = new FakeClock(Instant.parse("2026-03-01T10:00:00Z"));
    private Database database;
    private SqliteProfileStore store;
    private MediaStore media;
    private MediaFetcher fetcher;

    @BeforeEach
    void open() {
        database = Database.open(dataDir.resolve("relay.db"), false);
        store = new SqliteProfileStore(database);
        media = new MediaStore(dataDir.resolve("media"), MediaStore.DEFAULT_MAX_BYTES);
        fetcher = new MediaFetcher(flaky, media, DIRECT, new FetchRetries(2, Duration.ZERO));
    }

    @AfterEach
    void close() {
        database.close();
        graph.close();
    }

    private ProfileService service(Executor executor) {
        return new ProfileService(flaky, store, fetcher, clock, executor, REFRESH);
    }

    @Test
    void theFirstCallFetchesTheProfileStoresItAndKeepsThePicture() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", graph.serveMedia("ada.jpg", JPEG, "image/jpeg").toString());

        CustomerProfileRecord record = get(service(DIRECT).profile(PAGE, PSID)).orElseThrow();

        assertThat(record.firstName()).isEqualTo("Ada");
        assertThat(record.lastName()).isEqualTo("Lovelace");
        assertThat(record.permitted()).isTrue();
        assertThat(record.fetchedAt()).isEqualTo(clock.instant());
        StoredMedia picture = media.find(record.pictureMediaId()).orElseThrow();
        assertThat(picture.contentType()).isEqualTo("image/jpeg");
        assertThat(picture.size()).isEqualTo(JPEG.length);
        assertThat(store.find(PAGE.pageId(), PSID)).contains(record);
    }

    @Test
    void theSecondCallAnswersFromTheCacheWithoutAskingFacebook() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", graph.serveMedia("ada.jpg", JPEG, "image/jpeg").toString());
        ProfileService service = service(DIRECT);
        CustomerProfileRecord first = get(service.profile(PAGE, PSID)).orElseThrow();
        clock.advance(REFRESH.minusSeconds(1));

        assertThat(get(service.profile(PAGE, PSID))).contains(first);
        assertThat(profileRequests()).isEqualTo(1);
        assertThat(flaky.downloads()).isEqualTo(1);
    }

    @Test
    void theProfileIsFetchedAgainAfterRefreshAfter() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", graph.serveMedia("ada.jpg", JPEG, "image/jpeg").toString());
        ProfileService service = service(DIRECT);
        get(service.profile(PAGE, PSID));
        graph.setProfile(PSID, "Ada", "King", null);
        clock.advance(REFRESH);

        CustomerProfileRecord refreshed = get(service.profile(PAGE, PSID)).orElseThrow();

        assertThat(refreshed.lastName()).isEqualTo("King");
        assertThat(refreshed.pictureMediaId()).as("Facebook no longer shows a picture").isNull();
        assertThat(refreshed.fetchedAt()).isEqualTo(clock.instant());
        assertThat(profileRequests()).isEqualTo(2);
    }

    @Test
    void withoutPermissionItStoresNotPermittedAndDoesNotAskAgainUntilTheRefresh() throws Exception {
        graph.setProfileError(PSID, FakeGraphError.profileNotPermitted());
        ProfileService service = service(DIRECT);

        CustomerProfileRecord refused = get(service.profile(PAGE, PSID)).orElseThrow();
        clock.advance(Duration.ofDays(1));
        Optional<CustomerProfileRecord> again = get(service.profile(PAGE, PSID));

        assertThat(refused).isEqualTo(CustomerProfileRecord.notPermitted(PAGE.pageId(), PSID, Instant.parse("2026-03-01T10:00:00Z")));
        assertThat(again).contains(refused);
        assertThat(store.find(PAGE.pageId(), PSID)).contains(refused);
        assertThat(profileRequests()).isEqualTo(1);

        clock.advance(REFRESH);
        get(service.profile(PAGE, PSID));
        assertThat(profileRequests()).isEqualTo(2);
    }

    @Test
    void aRefusalIsLoggedOncePerPageNotOncePerCustomer() throws Exception {
        graph.setProfileError(PSID, FakeGraphError.profileNotPermitted());
        graph.setProfileError("other-customer", FakeGraphError.profileNotPermitted());
        Logger logger = (Logger) LoggerFactory.getLogger(ProfileService.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            ProfileService service = service(DIRECT);
            get(service.profile(PAGE, PSID));
            get(service.profile(PAGE, "other-customer"));
        } finally {
            logger.detachAppender(logged);
        }

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
                .contains("page " + PAGE.pageId(), "may not read customer profiles").doesNotContain("page-token");
    }

    @Test
    void aPictureThatFailsAtRefreshKeepsThePreviousPicture() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", graph.serveMedia("ada.jpg", JPEG, "image/jpeg").toString());
        ProfileService service = service(DIRECT);
        String picture = get(service.profile(PAGE, PSID)).orElseThrow().pictureMediaId();
        graph.setProfile(PSID, "Ada", "Lovelace", graph.baseUrl().resolve("/media/expired").toString());
        clock.advance(REFRESH);

        CustomerProfileRecord refreshed = get(service.profile(PAGE, PSID)).orElseThrow();

        assertThat(refreshed.pictureMediaId()).isEqualTo(picture).isNotNull();
        assertThat(refreshed.fetchedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aTransientErrorGivesNothingNowAndIsRetriedOnTheNextCall() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", null);
        ProfileService service = service(DIRECT);
        flaky.failNextProfiles(1);

        assertThat(get(service.profile(PAGE, PSID))).isEmpty();
        assertThat(store.find(PAGE.pageId(), PSID)).isEmpty();

        assertThat(get(service.profile(PAGE, PSID))).map(CustomerProfileRecord::firstName).contains("Ada");
    }

    @Test
    void aTransientErrorAtRefreshKeepsAnsweringTheCachedProfile() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", null);
        ProfileService service = service(DIRECT);
        CustomerProfileRecord cached = get(service.profile(PAGE, PSID)).orElseThrow();
        clock.advance(REFRESH);
        flaky.failNextProfiles(1);

        assertThat(get(service.profile(PAGE, PSID))).contains(cached);
    }

    @Test
    void aPictureThatCannotBeDownloadedLeavesTheProfileWithoutAPicture() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", graph.baseUrl().resolve("/media/expired").toString());

        CustomerProfileRecord record = get(service(DIRECT).profile(PAGE, PSID)).orElseThrow();

        assertThat(record.firstName()).isEqualTo("Ada");
        assertThat(record.pictureMediaId()).isNull();
    }

    @Test
    void concurrentCallsForOneCustomerShareOneLookup() throws Exception {
        graph.setProfile(PSID, "Ada", "Lovelace", null);
        Deque<Runnable> queued = new ArrayDeque<>();
        ProfileService service = service(queued::add);

        CompletableFuture<Optional<CustomerProfileRecord>> first = service.profile(PAGE, PSID);
        CompletableFuture<Optional<CustomerProfileRecord>> second = service.profile(PAGE, PSID);
        for (int i = 0; i < 10 && !queued.isEmpty(); i++) {
            queued.poll().run();
        }

        assertThat(get(first)).isEqualTo(get(second)).isPresent();
        assertThat(profileRequests()).isEqualTo(1);
    }

    @Test
    void aFailingStoreNeverFailsTheFuture() throws Exception {
        ProfileStore broken = new ProfileStore() {
            @Override
            public Optional<CustomerProfileRecord> find(String pageId, String psid) {
                throw new StoreException("read from relay.db failed: disk I/O error");
            }

            @Override
            public void save(CustomerProfileRecord record) {
                throw new StoreException("write to relay.db failed: disk I/O error");
            }
        };
        ProfileService service = new ProfileService(flaky, broken, fetcher, clock, DIRECT, REFRESH);

        assertThat(get(service.profile(PAGE, PSID))).isEmpty();
    }

    private long profileRequests() {
        return graph.requests().stream().filter(request -> request.path().equals("/v21.0/" + PSID)).count();
    }

    private static Optional<CustomerProfileRecord> get(CompletableFuture<Optional<CustomerProfileRecord>> future)
            throws Exception {
        return future.get(5, TimeUnit.SECONDS);
    }
}
