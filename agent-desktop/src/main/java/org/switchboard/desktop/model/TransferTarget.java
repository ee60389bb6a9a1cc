package org.switchboard.desktop.model;

/** Where the agent hands a chat: another agent by username, or back to a service's queue. */
public record TransferTarget(Kind kind, String name) {
    public enum Kind { AGENT, SERVICE }

    public TransferTarget {
        if (kind == null) {
            throw new IllegalArgumentException("transfer target: kind is missing (name '" + name + "')");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("transfer target: name of the " + kind + " is blank ('" + name + "')");
        }
        name = name.strip();
    }

    public static TransferTarget agent(String username) {
        return new TransferTarget(Kind.AGENT, username);
    }

    public static TransferTarget service(String service) {
        return new TransferTarget(Kind.SERVICE, service);
    }
}
