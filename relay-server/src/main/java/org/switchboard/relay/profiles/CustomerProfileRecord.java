package org.switchboard.relay.profiles;

import java.time.Instant;
import org.switchboard.relay.media.StoredMedia;

/**
 * What the relay knows of one customer of one page: names and the stored picture when Facebook let the app see them;
 * {@code permitted = false} records that it did not, so nobody asks again before the next refresh. Names are
 * personal data: {@link #toString()} leaves them out so a logged record carries ids only.
 */
public record CustomerProfileRecord(String pageId, String psid, String firstName, String lastName,
                                    String pictureMediaId, Instant fetchedAt, boolean permitted) {
    public CustomerProfileRecord {
        if (pageId == null || pageId.isBlank()) {
            throw new IllegalArgumentException("customer profile of " + psid + ": pageId is missing");
        }
        if (psid == null || psid.isBlank()) {
            throw new IllegalArgumentException("customer profile on page " + pageId + ": psid is missing");
        }
        if (fetchedAt == null) {
            throw new IllegalArgumentException("customer profile " + pageId + "/" + psid + ": fetchedAt is missing");
        }
        if (pictureMediaId != null && !StoredMedia.isId(pictureMediaId)) {
            throw new IllegalArgumentException("customer profile " + pageId + "/" + psid + ": pictureMediaId '"
                    + pictureMediaId + "' is not a media id");
        }
        if (!permitted && (firstName != null || lastName != null || pictureMediaId != null)) {
            throw new IllegalArgumentException("customer profile " + pageId + "/" + psid
                    + ": a profile Facebook did not permit cannot carry names or a picture");
        }
    }

    /** The record Facebook refused to fill: no names, no picture. */
    public static CustomerProfileRecord notPermitted(String pageId, String psid, Instant fetchedAt) {
        return new CustomerProfileRecord(pageId, psid, null, null, null, fetchedAt, false);
    }

    @Override
    public String toString() {
        return "CustomerProfileRecord[page " + pageId + ", psid " + psid + ", picture " + pictureMediaId
                + ", fetchedAt " + fetchedAt + ", permitted " + permitted + "]";
    }
}
