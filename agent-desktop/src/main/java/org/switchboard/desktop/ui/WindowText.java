package org.switchboard.desktop.ui;

import java.time.Duration;
import java.time.Instant;
import org.switchboard.protocol.MessagingWindow;

/**
 * Words a chat's Messenger messaging window for the agent — which window applies and how long is left —
 * so the offer popup and the Chat Panel count down the same way.
 */
final class WindowText {
    private final UiText text;

    WindowText(UiText text) {
        this.text = text;
    }

    String describe(MessagingWindow window, Instant now) {
        if (window == null || window.phase() == MessagingWindow.Phase.CLOSED || !window.closesAt().isAfter(now)) {
            return text.get("window.closed");
        }
        return text.get("window." + window.phase(), left(Duration.between(now, window.closesAt())));
    }

    boolean isOpen(MessagingWindow window, Instant now) {
        return window != null && window.phase() != MessagingWindow.Phase.CLOSED && window.closesAt().isAfter(now);
    }

    private String left(Duration left) {
        if (left.toDays() >= 1) {
            return text.get("window.left.days", left.toDays(), left.toHoursPart());
        }
        if (left.toHours() >= 1) {
            return text.get("window.left.hours", left.toHours(), left.toMinutesPart());
        }
        return text.get("window.left.minutes", left.toMinutes(), String.format("%02d", left.toSecondsPart()));
    }
}
