package org.switchboard.relay.media;

/** A file is larger than the media size limit; the message names both sizes. */
public final class MediaTooLargeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long size;
    private final long limit;

    public MediaTooLargeException(long size, long limit) {
        super("media of " + size + " bytes is larger than the limit of " + limit + " bytes");
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
