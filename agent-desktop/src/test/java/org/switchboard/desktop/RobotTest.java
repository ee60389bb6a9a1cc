package org.switchboard.desktop;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the desktop's GUI test classes: one AssertJ Swing robot per class (a second robot hangs), skipped
 * without a display. Test classes run one after another (one fork, no parallel classes), so the field is safe.
 */
abstract class RobotTest {
    static Robot robot;

    @BeforeAll
    static void createRobot() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "GUI tests need a display");
        robot = BasicRobot.robotWithNewAwtHierarchy();
    }

    @AfterAll
    static void cleanUpRobot() {
        if (robot != null) {
            robot.cleanUp();
            robot = null;
        }
    }
}
