package org.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.AbstractContainerFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.switchboard.desktop.model.TranscriptLine;

/** Reads Swing state on the EDT and waits for it, for the desktop's GUI tests. */
final class GuiTestSupport {
    private GuiTestSupport() {
    }

    static <T> T onEdt(Callable<T> query) {
        return GuiActionRunner.execute(query);
    }

    static void eventually(Runnable assertion) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(assertion::run);
    }

    /** Finds a showing frame and waits until the window manager has given it focus, so the first click lands. */
    /**
     * Waits until the window stopped moving (the window manager may place a new window after it is shown), so a
     * robot click lands on the button and not where it was a moment before.
     */
    static void settled(java.awt.Window window) {
        java.util.concurrent.atomic.AtomicReference<java.awt.Point> last = new java.util.concurrent.atomic.AtomicReference<>();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).during(Duration.ofMillis(300))
                .until(() -> {
                    java.awt.Point now = onEdt(() -> window.isShowing() ? window.getLocationOnScreen() : null);
                    return now != null && now.equals(last.getAndSet(now));
                });
    }

    static FrameFixture focusedFrame(Robot robot, String name) {
        FrameFixture frame = WindowFinder.findFrame(name).withTimeout(10, TimeUnit.SECONDS).using(robot);
        eventually(() -> assertThat(onEdt(() -> frame.target().isFocused())).isTrue());
        return frame;
    }

    static List<TranscriptLine> transcript(FrameFixture main) {
        return transcriptLines(main, "transcript");
    }

    /** The transcript lines a list of the window shows (the chat panel's, or the history dialog's). */
    static List<TranscriptLine> transcriptLines(AbstractContainerFixture<?, ?, ?> window, String listName) {
        JList<?> list = window.list(listName).target();
        return onEdt(() -> {
            List<TranscriptLine> lines = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                lines.add((TranscriptLine) list.getModel().getElementAt(i));
            }
            return lines;
        });
    }

    /** Every label text the list's renderer shows for row {@code index}, as one string. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String renderedRow(AbstractContainerFixture<?, ?, ?> main, String listName, int index) {
        JList list = main.list(listName).target();
        return onEdt(() -> {
            Component cell = list.getCellRenderer().getListCellRendererComponent(list,
                    list.getModel().getElementAt(index), index, false, false);
            StringBuilder text = new StringBuilder();
            collect(cell, text);
            return text.toString();
        });
    }

    private static void collect(Component component, StringBuilder text) {
        if (component instanceof JLabel label && label.isVisible()) {
            text.append(label.getText().replaceAll("<[^>]*>", "")).append(" | ");
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, text);
            }
        }
    }
}
