package org.switchboard.relay.engine;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.MessagingWindow;
import org.switchboard.protocol.ServerMessage;
import org.switchboard.relay.chat.Conversations;
import org.switchboard.relay.messenger.WindowState;
import org.switchboard.relay.routing.Router;
import org.switchboard.relay.store.Database;

/** How a live chat looks on the desktops: its Chat Panel, its reply window, what an offer previews. Engine thread only. */
final class AgentViews {
    private final Database database;
    private final Conversations conversations;
    private final Clock clock;
    private final AgentDesks desks;
    private final Router router;

    AgentViews(Database database, Conversations conversations, Clock clock, AgentDesks desks, Router router) {
        this.database = database;
        this.conversations = conversations;
        this.clock = clock;
        this.desks = desks;
        this.router = router;
    }

    /** Opens (or re-opens) the chat on the agent's desktop with the whole transcript. */
    void showChat(LiveChat chat, String agent) {
        List<ChatLine> transcript = database.read(c -> conversations.transcript(c, chat.id));
        MessagingWindow window = window(chat);
        desks.push(agent, seq -> new ServerMessage.ChatStarted(seq, chat.key(), chat.customer, transcript, window));
    }

    void toParticipants(LiveChat chat, LongFunction<ServerMessage> message) {
        router.participants(chat.key()).forEach(agent -> desks.push(agent, message));
    }

    /** How long the page may still answer, from the customer's last message. */
    MessagingWindow window(LiveChat chat) {
        if (chat.lastCustomerMessageAt == null) {
            return MessagingWindow.closed();
        }
        WindowState state = WindowState.at(chat.lastCustomerMessageAt, clock.instant());
        return switch (state.phase()) {
            case STANDARD -> new MessagingWindow(MessagingWindow.Phase.STANDARD, state.closesAt());
            case HUMAN_AGENT -> new MessagingWindow(MessagingWindow.Phase.HUMAN_AGENT, state.closesAt());
            case CLOSED -> MessagingWindow.closed();
        };
    }

    /** What an offer shows of a line: its text, or what it carries when it has none ("(image)"). */
    static String preview(ChatLine line) {
        if (!line.text().isBlank()) {
            return line.text();
        }
        return String.join(" ", line.attachments().stream()
                .map(a -> "(" + a.kind().name().toLowerCase(Locale.ROOT) + ")").toList());
    }
}
