package org.switchboard.relay.media;

/** Who may read media: the lead implements it with agent session tokens. Called on a worker thread, never an I/O thread. */
@FunctionalInterface
public interface MediaAccess {
    boolean allows(String bearerToken);
}
