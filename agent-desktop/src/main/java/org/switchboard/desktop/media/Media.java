package org.switchboard.desktop.media;

import java.util.concurrent.Executor;

/** What the panels need for attachments and pictures: the relay's media store, the picture cache and the thread pool transfers run on. */
public record Media(MediaClient client, MediaImages images, Executor io) {
}
