package org.switchboard.desktop.net;

import org.switchboard.protocol.PhoneDevice;

/** What the desktop logs in with, kept for the re-login after a reconnect; the password never prints. */
public record Credentials(String username, String password, PhoneDevice phoneDevice) {
    public Credentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("credentials: username is missing");
        }
        username = username.strip();
        password = password == null ? "" : password;
        phoneDevice = phoneDevice == null ? PhoneDevice.softphone() : phoneDevice;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***, phoneDevice=" + phoneDevice + "]";
    }
}
