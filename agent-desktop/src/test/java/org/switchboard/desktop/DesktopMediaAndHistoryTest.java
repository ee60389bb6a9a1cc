package org.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.desktop.GuiTestSupport.eventually;
import static org.switchboard.desktop.GuiTestSupport.focusedFrame;
import static org.switchboard.desktop.GuiTestSupport.onEdt;
import static org.switchboard.desktop.GuiTestSupport.renderedRow;
import static org.switchboard.desktop.GuiTestSupport.transcript;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JList;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.desktop.model.TranscriptLine;
import org.switchboard.protocol.ChatAttachment;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.ClientMessage;
import org.switchboard.protocol.Customer;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.ServerMessage;

class DesktopMediaAndHistoryTest extends RobotTest {
    private FakeRelay relay;
    private FakeMediaStore media;
    private DesktopApp app;
    private FrameFixture main;

    @TempDir
    Path home;



    @BeforeEach
    void startFakes() throws Exception {
        relay = FakeRelay.start(0);
        media = FakeMediaStore.start();
    }

    @AfterEach
    void closeAll() throws InterruptedException {
        if (app != null) {
            GuiActionRunner.execute(app::close);
        }
        relay.shutDown();
        media.stop();
    }

    @Test
    void aChatShowsThePictureAThumbnailAFileRowALocationAndWhatIsNotAvailable() throws Exception {
        Customer anna = new Customer("psid-1", "Anna Smith", "page-1", "Acme Support",
                media.put(png(160, 160, new Color(0xE0, 0x7A, 0x5F), new Color(0x3D, 0x40, 0x5B)), "image/png"));
        String photo = media.put(png(640, 420, new Color(0x81, 0xB2, 0x9A), new Color(0xF2, 0xCC, 0x8F)), "image/png");
        String invoice = media.put("%PDF-1.7 invoice".getBytes(), "application/pdf");
        logIn();

        relay.push(new ServerMessage.ChatStarted(relay.seq(), "chat-1", anna, List.of(
                line("m1", "Hi! The parcel arrived damaged, see the photo", List.of()),
                line("m2", "", List.of(new ChatAttachment(ChatAttachment.Kind.IMAGE, photo, "photo.png"))),
                line("m3", "Here is the invoice", List.of(new ChatAttachment(ChatAttachment.Kind.FILE, invoice, "invoice-2291.pdf"))),
                line("m4", "", List.of(new ChatAttachment(ChatAttachment.Kind.LOCATION,
                        "https://www.google.com/maps/search/?api=1&query=52.52,13.40", "Alexanderplatz, Berlin"))),
                line("m5", "", List.of(new ChatAttachment(ChatAttachment.Kind.VIDEO, null, "unboxing.mp4")))),
                new MessagingWindow(MessagingWindow.Phase.STANDARD, Instant.now().plus(Duration.ofHours(22)))));

        eventually(() -> assertThat(transcript(main)).hasSize(5));
        eventually(() -> assertThat(icons(main, "transcript", 1)).singleElement().satisfies(icon -> {
            assertThat(icon.getIconWidth()).isEqualTo(240);
            assertThat(icon.getIconHeight()).isEqualTo(158);
        }));
        assertThat(renderedRow(main, "transcript", 2)).contains("Here is the invoice", "File: invoice-2291.pdf", "Open");
        assertThat(renderedRow(main, "transcript", 3)).contains("Location: Alexanderplatz, Berlin", "Open map");
        assertThat(renderedRow(main, "transcript", 4)).contains("Video: unboxing.mp4 — not available");
        assertThat(media.requests()).contains("GET " + photo + " Bearer " + FakeRelay.MEDIA_TOKEN);
        eventually(() -> assertThat(media.requests()).contains("GET " + anna.pictureUrl() + " Bearer " + FakeRelay.MEDIA_TOKEN));
        screenshot("desktop-chat-attachments.png");
    }

    @Test
    void anAttachedFileIsUploadedThenSentByItsMediaId() throws Exception {
        Path file = Files.write(home.resolve("receipt.png"), png(300, 200, new Color(0x3D, 0x40, 0x5B), new Color(0xF4, 0xF1, 0xDE)));
        logIn();
        relay.push(new ServerMessage.ChatStarted(relay.seq(), "chat-1", new Customer("psid-1", "Anna Smith", "page-1", "Acme"),
                List.of(line("m1", "Can you send the receipt?", List.of())), null));
        eventually(() -> assertThat(transcript(main)).hasSize(1));

        main.button("attachButton").click();
        JFileChooserFinder.findFileChooser("attachChooser").withTimeout(10, TimeUnit.SECONDS).using(robot)
                .selectFile(file.toFile()).approve();

        ClientMessage.Send send = relay.awaitCommand(ClientMessage.Send.class, 0);
        assertThat(send.text()).isNull();
        assertThat(media.requests()).contains("POST /media Bearer " + FakeRelay.MEDIA_TOKEN);
        eventually(() -> assertThat(transcript(main).get(1).attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.kind()).isEqualTo(ChatAttachment.Kind.IMAGE);
            assertThat(attachment.url()).isEqualTo("/media/" + send.mediaId());
            assertThat(attachment.title()).isEqualTo("receipt.png");
        }));
        eventually(() -> assertThat(icons(main, "transcript", 1)).singleElement()
                .satisfies(icon -> assertThat(icon.getIconWidth()).isEqualTo(240)));
        assertThat(media.requests()).contains("GET /media/" + send.mediaId() + " Bearer " + FakeRelay.MEDIA_TOKEN);
        screenshot("desktop-sent-picture.png");
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeUploadingAndSaysSo() throws Exception {
        Path big = home.resolve("holiday-video.mp4");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(26L * 1024 * 1024);
        }
        logIn();
        relay.push(new ServerMessage.ChatStarted(relay.seq(), "chat-1", new Customer("psid-1", "Anna Smith", "page-1", "Acme"),
                List.of(line("m1", "Here is my video", List.of())), null));
        eventually(() -> assertThat(transcript(main)).hasSize(1));

        main.button("attachButton").click();
        JFileChooserFinder.findFileChooser("attachChooser").withTimeout(10, TimeUnit.SECONDS).using(robot)
                .selectFile(big.toFile()).approve();

        eventually(() -> main.label("uploadStatus").requireText("holiday-video.mp4 is too large; files can be at most 25 MB."));
        main.button("attachButton").requireEnabled();
        assertThat(media.requests()).isEmpty();
        assertThat(relay.commands(ClientMessage.Send.class)).isEmpty();
        screenshot("desktop-upload-refused.png");
    }

    @Test
    void theHistoryDialogFindsAPastConversationAfterARestart() throws Exception {
        logIn();
        Customer jurgen = new Customer("psid-2", "Jürgen Müller", "page-1", "Acme Support");
        relay.push(new ServerMessage.ChatStarted(relay.seq(), "chat-7", jurgen,
                List.of(line("m1", "Mein Paket ist beschädigt angekommen", List.of())), null));
        relay.push(new ServerMessage.ChatMessage(relay.seq(), "chat-7", line("m2", "Können Sie mir helfen?", List.of())));
        eventually(() -> assertThat(transcript(main)).hasSize(2));
        main.textBox("composer").enterText("Natürlich, ich schicke Ersatz");
        main.button("sendButton").click();
        ClientMessage.Send send = relay.awaitCommand(ClientMessage.Send.class, 0);
        relay.push(new ServerMessage.Ack(relay.seq(), send.id(), "relay-m3"));
        eventually(() -> assertThat(transcript(main).get(2).status()).isEqualTo(DeliveryStatus.SENT));
        DialogFixture firstLook = openHistory();
        firstLook.textBox("historySearchField").enterText("ersatz");
        eventually(() -> assertThat(firstLook.list("historyResults").contents()).hasSize(1));
        GuiActionRunner.execute(app::close);
        Path kept = home.resolve("history").resolve("127.0.0.1_" + relay.getPort() + "_alice.db");
        eventually(() -> assertThat(kept).exists());

        logIn();
        DialogFixture dialog = openHistory();
        dialog.textBox("historySearchField").enterText("muller");

        eventually(() -> assertThat(renderedRow(dialog, "historyResults", 0)).contains("Jürgen Müller"));
        eventually(() -> assertThat(lines(dialog, "historyConversation")).extracting(TranscriptLine::text)
                .containsExactly("Mein Paket ist beschädigt angekommen", "Können Sie mir helfen?", "Natürlich, ich schicke Ersatz"));
        dialog.textBox("historySearchField").deleteText().enterText("nothing like this");
        eventually(() -> dialog.label("historyStatus").requireText("No conversation matches “nothing like this”."));
        dialog.textBox("historySearchField").deleteText().enterText("beschadigt");
        eventually(() -> assertThat(dialog.list("historyResults").contents()).hasSize(1));
        screenshot(dialog, "desktop-history.png");
    }

    private void logIn() {
        DesktopEnvironment environment = new DesktopEnvironment(home, address -> media.base());
        app = GuiActionRunner.execute(() -> DesktopApp.open(new LoginDefaults(relay.url(), "alice", FakeRelay.PASSWORD), environment));
        focusedFrame(robot, "loginWindow").button("loginButton").click();
        main = WindowFinder.findFrame("mainWindow").withTimeout(10, TimeUnit.SECONDS).using(robot);
    }

    private DialogFixture openHistory() {
        main.button("historyButton").click();
        return WindowFinder.findDialog("historyDialog").withTimeout(10, TimeUnit.SECONDS).using(robot);
    }

    private static ChatLine line(String id, String text, List<ChatAttachment> attachments) {
        return new ChatLine(id, ChatLine.Author.CUSTOMER, null, text, Instant.now(), DeliveryStatus.NONE, attachments);
    }

    private static List<TranscriptLine> lines(DialogFixture dialog, String listName) {
        return GuiTestSupport.transcriptLines(dialog, listName);
    }

    /** The icons the transcript renderer shows in row {@code index}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Icon> icons(FrameFixture frame, String listName, int index) {
        JList list = frame.list(listName).target();
        return onEdt(() -> {
            List<Icon> icons = new ArrayList<>();
            collectIcons(list.getCellRenderer().getListCellRendererComponent(list, list.getModel().getElementAt(index),
                    index, false, false), icons);
            return icons;
        });
    }

    private static void collectIcons(Component component, List<Icon> icons) {
        if (component instanceof JLabel label && label.isVisible() && label.getIcon() != null) {
            icons.add(label.getIcon());
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collectIcons(child, icons);
            }
        }
    }

    /** A picture with a gradient and a circle, as a camera might send. */
    private static byte[] png(int width, int height, Color from, Color to) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, from, width, height, to));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 3, height / 4, width / 3, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Keeps a picture for the README (target/screenshots, outside the sources). */
    private void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.deleteIfExists(dir.resolve(name));
        new ScreenshotTaker().saveComponentAsPng(main.target(), dir.resolve(name).toString());
    }

    private static void screenshot(DialogFixture dialog, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.deleteIfExists(dir.resolve(name));
        new ScreenshotTaker().saveComponentAsPng(dialog.target(), dir.resolve(name).toString());
    }
}
