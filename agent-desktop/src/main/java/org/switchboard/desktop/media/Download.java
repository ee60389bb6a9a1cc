package org.switchboard.desktop.media;

/** A file fetched from the relay's media store, with the type the relay gave it. */
public record Download(byte[] bytes, String contentType) {
    public Download {
        if (bytes == null) {
            throw new IllegalArgumentException("download: bytes are missing");
        }
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
