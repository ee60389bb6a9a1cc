package org.switchboard.demo;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;

/**
 * The demo's stand-in for the Messenger app: what the customer types goes to the relay as a signed webhook
 * event; what the page answers appears here. Lets a newcomer play both sides without a Facebook page.
 */
final class CustomerWindow extends JFrame {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DefaultListModel<Bubble> lines = new DefaultListModel<>();
    private final JTextField input = new JTextField("Hi! I'd like to check on my order, please.");
    private final CustomerSimulator customer;

    /** One message in the customer's Messenger thread. */
    private record Bubble(boolean fromCustomer, String text, LocalTime at) {
    }

    CustomerWindow(CustomerSimulator customer, String pageName) {
        super("Messenger customer simulator — " + pageName);
        this.customer = customer;
        setName("customerWindow");
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);

        JLabel header = new JLabel("<html><b>" + pageName + "</b><br>You are Maria Garcia, writing to the page in Messenger</html>");
        JList<Bubble> thread = new JList<>(lines);
        thread.setName("customerThread");
        thread.setCellRenderer(new BubbleRenderer());
        input.setName("customerInput");
        input.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Aa");
        JButton send = new JButton("Send");
        send.setName("customerSend");
        send.addActionListener(e -> send());
        input.addActionListener(e -> send());

        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[grow,fill][]", "[][grow,fill][]"));
        content.add(header, "span, wrap");
        content.add(new JScrollPane(thread), "span, grow, wrap");
        content.add(input, "growx");
        content.add(send);
        setContentPane(content);
        setSize(420, 560);

        customer.onPageMessage(text -> SwingUtilities.invokeLater(() -> add(new Bubble(false, text, LocalTime.now()))));
    }

    private void send() {
        String text = input.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        add(new Bubble(true, text, LocalTime.now()));
        input.setText("");
        customer.say(text);
    }

    private void add(Bubble bubble) {
        lines.addElement(bubble);
    }

    /** Customer lines on the right, the page's on the left, like Messenger. */
    private static final class BubbleRenderer implements ListCellRenderer<Bubble> {
        private final JLabel label = new JLabel();
        private final JPanel row = new JPanel(new MigLayout("insets 4 6 4 6, fillx", "[grow]"));

        BubbleRenderer() {
            label.setOpaque(true);
            row.setOpaque(false);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends Bubble> list, Bubble bubble, int index,
                                                      boolean selected, boolean focused) {
            row.removeAll();
            label.setText("<html><div style='width:220px'>" + escape(bubble.text()) + "<br><font size='-2'>"
                    + TIME.format(bubble.at()) + "</font></div></html>");
            label.putClientProperty(FlatClientProperties.STYLE, bubble.fromCustomer()
                    ? "background: $Component.accentColor; foreground: #ffffff; border: 6,10,6,10"
                    : "background: darken($Panel.background,8%); border: 6,10,6,10");
            row.add(label, bubble.fromCustomer() ? "align right" : "align left");
            return row;
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
        }
    }
}
