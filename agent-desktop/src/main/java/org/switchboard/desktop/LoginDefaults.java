package org.switchboard.desktop;

/** What the login window is pre-filled with (from the command line or a demo); any value may be null or blank. */
public record LoginDefaults(String serverUrl, String username, String password) {
    public static LoginDefaults none() {
        return new LoginDefaults(null, null, null);
    }

    @Override
    public String toString() {
        return "LoginDefaults[serverUrl=" + serverUrl + ", username=" + username + ", password="
                + (password == null || password.isEmpty() ? "" : "***") + "]";
    }
}
