package org.switchboard.demo;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.switchboard.desktop.DesktopApp;
import org.switchboard.desktop.LoginDefaults;

/**
 * {@code java -jar demo/target/switchboard-demo.jar}: the whole product on one machine without Facebook — a relay
 * on embedded SQLite (data in ./demo-data), a fake Graph API, a Messenger customer simulator window and the Agent
 * Desktop pre-filled for the demo agent.
 */
public final class DemoMain {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMain.class);

    private DemoMain() {
    }

    public static void main(String[] args) {
        if (GraphicsEnvironment.isHeadless()) {
            LOG.error("the demo opens windows; run it on a desktop session (or under xvfb-run)");
            System.exit(2);
        }
        Path dataDir = Path.of(System.getenv().getOrDefault("SWITCHBOARD_DATA_DIR", "demo-data"));
        int port = Integer.parseInt(System.getenv().getOrDefault("SWITCHBOARD_PORT", "0"));
        DemoStack stack = DemoStack.start(dataDir, port);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "demo-shutdown"));
        String server = stack.relay().localUrl().toString();
        LOG.info("demo relay at {} (data in {}); log in as demo/demo, go Ready, then write as the customer", server,
                dataDir.toAbsolutePath());
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            CustomerWindow customer = new CustomerWindow(stack.customer(), DemoStack.PAGE_NAME);
            // Top right, beside the desktop's centred main window and above its offer toasts (bottom right).
            java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            customer.setLocation(Math.max(0, screen.x + screen.width - customer.getWidth() - 20), screen.y + 20);
            customer.setVisible(true);
            customer.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    System.exit(0);
                }
            });
            DesktopApp.open(new LoginDefaults(server, "demo", "demo"));
        });
    }
}
