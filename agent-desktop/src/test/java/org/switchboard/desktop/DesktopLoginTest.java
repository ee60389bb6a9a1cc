package org.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.desktop.GuiTestSupport.eventually;
import static org.switchboard.desktop.GuiTestSupport.focusedFrame;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.PhoneDevice;

class DesktopLoginTest extends RobotTest {
    private FakeRelay relay;
    private DesktopApp app;



    @BeforeEach
    void startRelay() throws InterruptedException {
        relay = FakeRelay.start(0);
    }

    @AfterEach
    void closeAll() throws InterruptedException {
        if (app != null) {
            GuiActionRunner.execute(app::close);
        }
        relay.shutDown();
    }

    @Test
    void aGoodLoginOpensTheMainWindowAndClosesTheLoginWindow() {
        FrameFixture login = open(relay.url(), "alice", FakeRelay.PASSWORD);

        login.button("loginButton").click();

        FrameFixture main = WindowFinder.findFrame("mainWindow").withTimeout(10, TimeUnit.SECONDS).using(robot);
        main.requireTitle("Switchboard — Alice Agent");
        assertThat(login.target().isShowing()).isFalse();
        ClientMessage.Login sent = relay.awaitCommand(ClientMessage.Login.class, 0);
        assertThat(sent.username()).isEqualTo("alice");
        assertThat(sent.phoneDevice()).isEqualTo(PhoneDevice.softphone());
    }

    @Test
    void aWrongPasswordShowsTheRelaysReasonAndAllowsAnotherTry() {
        FrameFixture login = open(relay.url(), "alice", "wrong");

        login.button("loginButton").click();

        eventually(() -> login.label("loginError").requireText("Wrong username or password"));
        login.button("loginButton").requireEnabled();
    }

    @Test
    void enterInThePasswordFieldLogsInWithTheChosenPhoneDevice() {
        FrameFixture login = open(relay.url(), "alice", "");
        login.textBox("phoneNumberField").requireDisabled();

        login.comboBox("phoneDeviceCombo").selectItem(1);
        login.textBox("phoneNumberField").requireEnabled().enterText("4711");
        login.textBox("passwordField").enterText(FakeRelay.PASSWORD).pressAndReleaseKeys(KeyEvent.VK_ENTER);

        WindowFinder.findFrame("mainWindow").withTimeout(10, TimeUnit.SECONDS).using(robot);
        assertThat(relay.awaitCommand(ClientMessage.Login.class, 0).phoneDevice())
                .isEqualTo(new PhoneDevice(PhoneDevice.Kind.DESK_PHONE, "4711"));
    }

    @Test
    void anUnreachableServerIsNamed() throws IOException {
        int port;
        try (ServerSocket unused = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = unused.getLocalPort();
        }
        FrameFixture login = open("127.0.0.1:" + port, "alice", FakeRelay.PASSWORD);

        login.button("loginButton").click();

        eventually(() -> assertThat(login.label("loginError").text())
                .startsWith("Cannot connect to ws://127.0.0.1:" + port + "/agent/ws"));
    }

    @Test
    void anUnusableAddressIsExplainedBeforeConnecting() {
        FrameFixture login = open("ftp://relay.example.com", "alice", FakeRelay.PASSWORD);

        login.button("loginButton").click();

        login.label("loginError").requireText("Server address 'ftp://relay.example.com' starts with 'ftp://'; use http, https, ws or wss.");
        assertThat(relay.received()).isEmpty();
    }

    private FrameFixture open(String server, String username, String password) {
        app = GuiActionRunner.execute(() -> DesktopApp.open(new LoginDefaults(server, username, password)));
        return focusedFrame(robot, "loginWindow");
    }
}
