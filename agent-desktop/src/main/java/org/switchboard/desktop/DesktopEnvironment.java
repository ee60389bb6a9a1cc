package org.switchboard.desktop;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import org.switchboard.desktop.history.HistoryLocation;
import org.switchboard.desktop.net.ServerAddress;

/**
 * Where the desktop keeps its files ({@code home}, holding {@code history/}) and how it finds the relay's HTTP
 * media base from the login address; tests point both elsewhere.
 */
public record DesktopEnvironment(Path home, Function<ServerAddress, URI> mediaBase) {
    public DesktopEnvironment {
        Objects.requireNonNull(home, "desktop environment: home is missing");
        Objects.requireNonNull(mediaBase, "desktop environment: mediaBase is missing");
    }

    /** {@code ~/.switchboard} (or {@code -Dswitchboard.home}) and the relay's own address over http(s). */
    public static DesktopEnvironment standard() {
        return new DesktopEnvironment(HistoryLocation.home(), ServerAddress::httpBase);
    }
}
