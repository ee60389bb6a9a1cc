package org.switchboard.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.formdev.flatlaf.FlatLightLaf;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.GraphicsEnvironment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JList;
import javax.swing.ListModel;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.desktop.DesktopApp;
import org.switchboard.desktop.LoginDefaults;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.relay.Relay;
import org.switchboard.sim.FakeMessenger;
import org.switchboard.sim.MessengerEvents;
import org.switchboard.sim.RecordedSend;

/**
 * The whole product, for real: a relay on a free port with its own SQLite file, the fake Messenger platform,
 * and the Swing desktop driven like an agent would — log in, go Ready, accept, read, reply — until the fake
 * Graph API receives the exact Send API request for the page and the customer.
 */
class AgentAnswersMessengerChatEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path data;
    private DemoStack stack;
    private Robot robot;
    private DesktopApp desktop;

    @BeforeEach
    void start() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display (CI runs it under Xvfb)");
        stack = DemoStack.start(data, 0);
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
    }

    @AfterEach
    void stop() {
        if (desktop != null) {
            GuiActionRunner.execute(desktop::close);
        }
        if (robot != null) {
            robot.cleanUp();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anAgentAcceptsAMessengerChatAndTheReplyReachesTheSendApi() throws Exception {
        FrameFixture main = loginAndGoReady();
        stack.customer().say("Hello, my order #1234 has not arrived");
        acceptOffer(".*order #1234.*");

        await().atMost(WAIT).until(() -> transcriptTexts(main).stream().anyMatch(t -> t.contains("order #1234")));
        main.textBox("composer").enterText("Hi Maria, let me check that for you.");
        main.button("sendButton").click();

        List<RecordedSend> sends = stack.graph().awaitSends(4, WAIT);
        RecordedSend reply = sends.get(sends.size() - 1);
        JsonNode body = reply.body();
        assertThat(reply.pageId()).isEqualTo(DemoStack.PAGE_ID);
        assertThat(reply.accessToken()).isEqualTo(DemoStack.PAGE_TOKEN);
        assertThat(body.path("recipient").path("id").asText()).isEqualTo(DemoStack.CUSTOMER_PSID);
        assertThat(body.path("messaging_type").asText()).isEqualTo("RESPONSE");
        assertThat(body.path("message").path("text").asText()).isEqualTo("Hi Maria, let me check that for you.");
        assertThat(body.path("message").path("metadata").asText()).matches("sb:\\d+");
        assertThat(body.path("tag").isMissingNode()).isTrue();
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("recipient", "messaging_type", "message");
        assertThat(sends).extracting(RecordedSend::text).startsWith("Hi Maria, thanks for contacting us.",
                "An agent will be with you shortly.", "You are now connected to Dana Demo.");

        await().atMost(WAIT).until(() -> transcriptTexts(main).stream()
                .filter(t -> t.equals("Hi Maria, let me check that for you.")).count() == 1);
        await().atMost(WAIT).until(() -> transcriptStatuses(main).contains(DeliveryStatus.READ));
        saveScreenshot(main, "desktop-accepted-chat.png");
    }

    @Test
    void aPictureFromTheCustomerIsStoredOnTheRelayAndShownFromThere() throws Exception {
        FrameFixture main = loginAndGoReady();
        byte[] png = receiptPicture();
        URI picture = stack.graph().serveMedia("receipt.png", png, "image/png");
        Instant now = Instant.now();
        FakeMessenger facebook = new FakeMessenger(URI.create(stack.relay().localUrl() + Relay.WEBHOOK_PATH),
                DemoStack.APP_SECRET);
        assertThat(facebook.post(MessengerEvents.envelope(MessengerEvents.entry(DemoStack.PAGE_ID, now,
                MessengerEvents.image(DemoStack.PAGE_ID, DemoStack.CUSTOMER_PSID, "m_pic", picture.toString(), now)))))
                .isEqualTo(200);
        acceptOffer(".*");

        await().atMost(WAIT).until(() -> transcriptLines(main).stream().anyMatch(line -> !line.attachments().isEmpty()));
        ChatAttachment image = transcriptLines(main).stream().flatMap(line -> line.attachments().stream()).findFirst().orElseThrow();
        assertThat(image.kind()).isEqualTo(ChatAttachment.Kind.IMAGE);
        assertThat(image.url()).as("the relay's copy, not Facebook's expiring URL").matches("/media/[0-9a-f]{64}");
        HttpClient http = HttpClient.newHttpClient();
        URI stored = URI.create(stack.relay().localUrl() + image.url());
        assertThat(http.send(HttpRequest.newBuilder(stored).build(), HttpResponse.BodyHandlers.ofByteArray()).statusCode())
                .as("agents only").isEqualTo(401);
        saveScreenshot(main, "desktop-customer-picture.png");
    }

    /** A small picture like a customer's photo of a receipt. */
    private static byte[] receiptPicture() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, 320, 200, java.awt.Color.MAGENTA));
        graphics.fillRect(0, 0, 320, 200);
        graphics.dispose();
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private FrameFixture loginAndGoReady() {
        String server = stack.relay().localUrl().toString();
        desktop = GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return DesktopApp.open(new LoginDefaults(server, null, null));
        });
        FrameFixture login = WindowFinder.findFrame("loginWindow").withTimeout(WAIT.toMillis()).using(robot);
        login.textBox("usernameField").deleteText().enterText("demo");
        login.textBox("passwordField").enterText("demo");
        assertThat(login.comboBox("phoneDeviceCombo").selectedItem()).isEqualTo("Softphone");
        login.button("loginButton").click();

        FrameFixture main = WindowFinder.findFrame("mainWindow").withTimeout(WAIT.toMillis()).using(robot);
        main.toggleButton("stateToggle").click();
        await().atMost(WAIT).untilAsserted(() -> main.label("stateLabel").requireText("Ready"));
        return main;
    }

    private void acceptOffer(String previewPattern) {
        DialogFixture offer = WindowFinder.findDialog("offerPopup").withTimeout(WAIT.toMillis()).using(robot);
        offer.label("offerPreview").requireText(java.util.regex.Pattern.compile(previewPattern));
        offer.button("acceptButton").click();
    }

    private List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JList<TranscriptLine> transcript(FrameFixture main) {
        return (JList<TranscriptLine>) main.robot().finder().find(main.target(),
                new GenericTypeMatcher<JList>(JList.class) {
                    @Override
                    protected boolean isMatching(JList component) {
                        return "transcript".equals(component.getName()) && component.isShowing();
                    }
                });
    }

    private static List<String> transcriptTexts(FrameFixture main) {
        return transcriptLines(main).stream().map(TranscriptLine::text).toList();
    }

    private static List<TranscriptLine> transcriptLines(FrameFixture main) {
        JList<TranscriptLine> list = transcript(main);
        return GuiActionRunner.execute(() -> {
            ListModel<TranscriptLine> model = list.getModel();
            List<TranscriptLine> lines = new ArrayList<>();
            for (int i = 0; i < model.getSize(); i++) {
                lines.add(model.getElementAt(i));
            }
            return lines;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<DeliveryStatus> transcriptStatuses(FrameFixture main) {
        JList<TranscriptLine> list = transcript(main);
        return GuiActionRunner.execute(() -> {
            List<DeliveryStatus> statuses = new ArrayList<>();
            for (int i = 0; i < list.getModel().getSize(); i++) {
                TranscriptLine line = list.getModel().getElementAt(i);
                if (line.outbound()) {
                    statuses.add(line.status());
                }
            }
            return statuses;
        });
    }

    /** Keeps a picture of the accepted chat for the README (target/screenshots, outside the sources). */
    private static void saveScreenshot(FrameFixture main, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.deleteIfExists(file);
        new ScreenshotTaker().saveComponentAsPng(main.target(), file.toString());
    }
}
