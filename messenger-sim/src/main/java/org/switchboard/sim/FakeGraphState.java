package org.switchboard.sim;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the fake Graph API knows: pages with their valid tokens, customer profiles, media files, id counters. Thread-safe. */
final class FakeGraphState {
    record Page(String id, String name, String validToken) {
    }

    record Profile(String psid, String firstName, String lastName, String pictureUrl) {
    }

    record Media(byte[] bytes, String contentType) {
        Media {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();
    private final Map<String, Media> media = new ConcurrentHashMap<>();
    private final Map<String, FakeGraphError> profileErrors = new ConcurrentHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private final AtomicLong attachmentIds = new AtomicLong();

    void setPage(String pageId, String name, String validToken) {
        pages.put(pageId, new Page(pageId, name, validToken));
    }

    void setProfile(String psid, String firstName, String lastName, String pictureUrl) {
        profiles.put(psid, new Profile(psid, firstName, lastName, pictureUrl));
    }

    void setProfileError(String psid, FakeGraphError error) {
        profileErrors.put(psid, error);
    }

    void setMedia(String name, byte[] bytes, String contentType) {
        media.put(name, new Media(bytes, contentType));
    }

    Media media(String name) {
        return media.get(name);
    }

    String nextMessageId() {
        return "m_" + messageIds.incrementAndGet();
    }

    String nextAttachmentId() {
        return String.valueOf(1_000_000 + attachmentIds.incrementAndGet());
    }

    /** The page whose valid token this is, for {@code /me/messages}. */
    Optional<String> pageOfToken(String token) {
        return pages.values().stream().filter(page -> page.validToken().equals(token)).map(Page::id).findFirst();
    }

    /** A 190 answer when the page is known and the token is not its valid one. */
    Optional<FakeGraphAnswer> tokenProblem(String pageId, String token, FacebookJson json) {
        Page page = pages.get(pageId);
        if (page == null || page.validToken().equals(token)) {
            return Optional.empty();
        }
        return Optional.of(FakeGraphAnswer.error(FakeGraphError.of(400, 190, null,
                "Invalid OAuth access token - Cannot parse access token"), json));
    }

    /** {@code GET /{v}/{id}}: a page (token checked) or a customer profile, else Facebook's "does not exist". */
    FakeGraphAnswer lookup(String id, String token, FacebookJson json) {
        Page page = pages.get(id);
        if (page != null) {
            return tokenProblem(id, token, json).orElseGet(() ->
                    FakeGraphAnswer.json(200, json.write(json.object().put("id", page.id()).put("name", page.name()))));
        }
        FakeGraphError profileError = profileErrors.get(id);
        if (profileError != null) {
            return FakeGraphAnswer.error(profileError, json);
        }
        Profile profile = profiles.get(id);
        if (profile != null) {
            var body = json.object().put("first_name", profile.firstName()).put("last_name", profile.lastName())
                    .put("profile_pic", profile.pictureUrl()).put("id", profile.psid());
            return FakeGraphAnswer.json(200, json.write(body));
        }
        return FakeGraphAnswer.error(FakeGraphError.of(400, 100, 33, "Unsupported get request. Object with ID '" + id
                + "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."), json);
    }
}
