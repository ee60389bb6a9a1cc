package org.switchboard.protocol;

/** The wire-protocol version both sides announce, so the relay can refuse an incompatible desktop with a clear message. */
public final class ProtocolVersion {
    /** Bumped on any change a peer of the previous version would misread. */
    public static final int CURRENT = 1;

    private ProtocolVersion() {
    }

    /** Whether a peer speaking {@code version} can talk to this build. */
    public static boolean isCompatible(int version) {
        return version == CURRENT;
    }
}
