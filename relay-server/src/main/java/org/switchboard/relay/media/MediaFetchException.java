package org.switchboard.relay.media;

/** An attachment or picture could not be downloaded and stored; the message names the URL (without its query). */
public final class MediaFetchException extends Exception {
    private static final long serialVersionUID = 1L;

    public MediaFetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
