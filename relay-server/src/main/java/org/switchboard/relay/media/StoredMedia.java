package org.switchboard.relay.media;

import java.util.regex.Pattern;

/** One file in the {@link MediaStore}: its id is the SHA-256 hex of its bytes, so the id alone names the content. */
public record StoredMedia(String id, String contentType, long size) {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    public StoredMedia {
        if (!isId(id)) {
            throw new IllegalArgumentException("stored media: id '" + id + "' is not 64 lowercase hex characters");
        }
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("stored media " + id + ": contentType is missing");
        }
        if (size < 0) {
            throw new IllegalArgumentException("stored media " + id + ": size " + size + " is negative");
        }
    }

    /** True for a well-formed media id: 64 lowercase hex characters, so never a path. */
    public static boolean isId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }
}
