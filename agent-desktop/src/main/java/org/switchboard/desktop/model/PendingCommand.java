package org.switchboard.desktop.model;

/** A command sent to the relay and not yet answered by ack or error, keyed by its client id. */
public sealed interface PendingCommand {
    /** The login of the current connection. */
    record Login() implements PendingCommand {
    }

    /** An agent reply (text, or an uploaded file's {@code mediaId}); kept until acknowledged so it can be sent again after a reconnect. */
    record Send(String id, String chatId, String text, String mediaId) implements PendingCommand {
    }

    /** Any other command; {@code what} names it for the status bar. */
    record Other(String what) implements PendingCommand {
    }
}
