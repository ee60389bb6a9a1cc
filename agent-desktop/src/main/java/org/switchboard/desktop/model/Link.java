package org.switchboard.desktop.model;

/** Where the desktop's link to the relay stands, as the login window and status bar show it. */
public enum Link {
    /** Opening the socket or waiting for loginOk. */
    CONNECTING,
    LOGGED_IN,
    /** Lost after a login; a reconnect and re-login are scheduled. */
    RECONNECTING,
    /** The relay refused the login (detail is its reason). */
    REFUSED,
    /** No connection could be made before login (detail is the error). */
    UNREACHABLE,
    /** Lost and no more reconnects will be tried. */
    GAVE_UP
}
