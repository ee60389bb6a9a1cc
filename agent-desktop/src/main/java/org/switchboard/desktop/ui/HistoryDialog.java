package org.switchboard.desktop.ui;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.awt.Dialog;
import java.awt.Window;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.ListSelectionModel;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.switchboard.desktop.history.HistoryHit;
import org.switchboard.desktop.history.HistoryLine;
import org.switchboard.desktop.history.HistoryRecorder;
import org.switchboard.desktop.media.Media;
import org.switchboard.desktop.model.TranscriptLine;

/**
 * The agent's local history: search past conversations by words or customer name as you type, pick one and
 * read it with its pictures and files. Modeless; searches run on the history thread and only the answer to
 * the latest query is shown.
 */
final class HistoryDialog {
    private static final int LIMIT = 200;

    private final UiText text;
    private final HistoryRecorder history;
    private final JDialog dialog;
    private final JTextField historySearchField = new JTextField(30);
    private final DefaultListModel<HistoryHit> hits = new DefaultListModel<>();
    private final JList<HistoryHit> historyResults = new JList<>(hits);
    private final DefaultListModel<TranscriptLine> lines = new DefaultListModel<>();
    private final JList<TranscriptLine> historyConversation = new JList<>(lines);
    private final JLabel customerLabel = new JLabel(" ");
    private final JLabel historyStatus = new JLabel(" ");
    private final Timer debounce = new Timer(250, e -> search());
    /** Increases with every query and every pick, so late answers to older ones are dropped. */
    private int searchGeneration;
    private int readGeneration;

    HistoryDialog(UiText text, Window owner, HistoryRecorder history, Media media, ZoneId zone) {
        this.text = text;
        this.history = history;
        dialog = new JDialog(owner, text.get("history.title"), Dialog.ModalityType.MODELESS);
        dialog.setName("historyDialog");
        dialog.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        historySearchField.setName("historySearchField");
        historyResults.setName("historyResults");
        historyConversation.setName("historyConversation");
        historyStatus.setName("historyStatus");
        historySearchField.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, text.get("history.search.hint"));
        historySearchField.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        debounce.setRepeats(false);
        historySearchField.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                debounce.restart();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                debounce.restart();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                debounce.restart();
            }
        });
        historySearchField.addActionListener(e -> {
            debounce.stop();
            search();
        });
        historyResults.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        historyResults.setCellRenderer(new HitRow(text, zone));
        historyResults.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                read(historyResults.getSelectedValue());
            }
        });
        historyConversation.setCellRenderer(new TranscriptRenderer(text, zone,
                DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm"), media.images()));
        AttachmentClicks.install(historyConversation, new AttachmentActions(text, media, dialog)::open);
        media.images().addListener(this::remeasureLines);
        customerLabel.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        historyStatus.putClientProperty(FlatClientProperties.STYLE, "foreground: $Label.disabledForeground");

        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill]"));
        left.add(new JScrollPane(historyResults));
        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill]"));
        right.add(customerLabel, "gap 12 12 8 8");
        right.add(new JScrollPane(historyConversation));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
        split.setDividerLocation(340);
        JPanel content = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        content.add(historySearchField);
        content.add(split);
        content.add(historyStatus);
        dialog.setContentPane(content);
        dialog.setSize(1000, 640);
        dialog.setLocationRelativeTo(owner);
    }

    /** Shows the dialog (again) and refreshes the results, since new lines may have been kept meanwhile. */
    void show() {
        dialog.setVisible(true);
        dialog.toFront();
        historySearchField.requestFocusInWindow();
        search();
    }

    void dispose() {
        debounce.stop();
        dialog.dispose();
    }

    private void search() {
        int generation = ++searchGeneration;
        String query = historySearchField.getText();
        historyStatus.setText(text.get("history.searching"));
        history.search(query, LIMIT, found -> {
            if (generation == searchGeneration) {
                showHits(query, found);
            }
        }, this::failed);
    }

    private void showHits(String query, List<HistoryHit> found) {
        String selected = historyResults.getSelectedValue() == null ? null : historyResults.getSelectedValue().chat().chatId();
        hits.clear();
        hits.addAll(found);
        historyStatus.setText(found.isEmpty()
                ? text.get(query.isBlank() ? "history.empty" : "history.noMatch", query)
                : text.get("history.count", found.size()));
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).chat().chatId().equals(selected)) {
                historyResults.setSelectedIndex(i);
                return;
            }
        }
        if (!found.isEmpty()) {
            historyResults.setSelectedIndex(0);
        } else {
            read(null);
        }
    }

    private void read(HistoryHit hit) {
        int generation = ++readGeneration;
        if (hit == null) {
            customerLabel.setText(" ");
            lines.clear();
            return;
        }
        customerLabel.setText(hit.chat().pageName().isBlank() ? hit.chat().customerName()
                : text.get("history.customerOnPage", hit.chat().customerName(), hit.chat().pageName()));
        history.conversation(hit.chat().chatId(), found -> {
            if (generation == readGeneration) {
                lines.clear();
                found.forEach(line -> lines.addElement(asTranscript(line)));
                int at = indexOf(hit.messageId());
                historyConversation.ensureIndexIsVisible(Math.max(0, at));
            }
        }, this::failed);
    }

    private int indexOf(String messageId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key().equals(messageId)) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    /** A picture arrived: setting each row again makes the list measure its height anew. */
    private void remeasureLines() {
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i));
        }
    }

    private void failed(String reason) {
        historyStatus.setText(text.get("history.failed", reason));
    }

    private static TranscriptLine asTranscript(HistoryLine line) {
        return new TranscriptLine(line.messageId(), line.author(), line.authorName(), line.text(), line.at(), null, null,
                line.attachments());
    }

    /** One conversation in the results: customer, date and the matching line. */
    private static final class HitRow extends JPanel implements ListCellRenderer<HistoryHit> {
        private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
        private final ZoneId zone;
        private final UiText text;
        private final JLabel name = new JLabel();
        private final JLabel when = new JLabel();
        private final JLabel excerpt = new JLabel();

        HitRow(UiText text, ZoneId zone) {
            super(new MigLayout("insets 6 10 6 10, fillx, gapy 2", "[grow][]", "[][]"));
            this.text = text;
            this.zone = zone;
            name.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            when.putClientProperty(FlatClientProperties.STYLE, "font: -1");
            excerpt.putClientProperty(FlatClientProperties.STYLE, "font: -1");
            add(name, "growx, wmin 0");
            add(when, "wrap");
            add(excerpt, "span 2, growx, wmin 0");
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends HistoryHit> list, HistoryHit hit, int index,
                                                      boolean selected, boolean focused) {
            name.setText(hit.chat().customerName());
            when.setText(DATE.format(hit.at().atZone(zone)));
            String line = hit.excerpt().isBlank() ? text.get("history.attachmentOnly") : hit.excerpt().replace('\n', ' ');
            excerpt.setText(line);
            setBackground(selected ? list.getSelectionBackground() : list.getBackground());
            name.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            when.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            excerpt.setForeground(selected ? list.getSelectionForeground() : UIManager.getColor("Label.disabledForeground"));
            return this;
        }
    }
}
