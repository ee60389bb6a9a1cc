package org.switchboard.relay.routing;

import org.switchboard.relay.routing.Router.Session;
import org.switchboard.relay.routing.RoutingDecision.OfferKind;
import org.switchboard.relay.routing.RoutingDecision.TransferFailed;

/**
 * Changes to a chat after it was queued: transfer to an agent or a service, conference, priority and skills.
 * Transfers are refused with a TransferFailed that says why, never silently dropped.
 */
final class ChatChanges {
    private final RoutingIndex index;
    private final Dispatch dispatch;

    ChatChanges(RoutingIndex index, Dispatch dispatch) {
        this.index = index;
        this.dispatch = dispatch;
    }

    void offerTo(Session s, ChatRecord chat, String from, String to, OfferKind kind) {
        AgentRecord target = index.agents.get(to);
        String refusal = chat.status != ChatRecord.Status.CONNECTED || !chat.participants.contains(from)
                ? "chat is not connected to " + from
                : chat.offeredTo != null ? "another offer is pending"
                : chat.participants.contains(to) ? to + " is already in the chat"
                : target == null || !target.available() ? to + " is not available" : null;
        if (refusal != null) {
            s.out().add(new TransferFailed(chat.id, to, refusal));
            return;
        }
        chat.transferFrom = kind == OfferKind.TRANSFER ? from : null;
        dispatch.startOffer(s, chat, target, kind);
    }

    void toService(Session s, ChatRecord chat, String from, Requirement requirement) {
        AgentRecord agent = index.agents.get(from);
        String refusal = chat.status != ChatRecord.Status.CONNECTED || agent == null || !chat.participants.contains(from)
                ? "chat is not connected to " + from
                : chat.participants.size() > 1 ? "a conference is in progress"
                : chat.offeredTo != null ? "another offer is pending" : null;
        if (refusal != null) {
            s.out().add(new TransferFailed(chat.id, requirement.service(), refusal));
            return;
        }
        dispatch.removeParticipant(s, chat, agent, "transferred", true);
        chat.requirement = requirement;
        chat.queuedAt = s.now();
        dispatch.requeue(s, chat, "transferred to " + requirement.service());
    }

    void priority(ChatRecord chat, int priority) {
        boolean waiting = chat.status == ChatRecord.Status.WAITING;
        if (waiting) {
            index.dequeue(chat);
        }
        chat.priority = priority;
        if (waiting) {
            index.enqueue(chat);
        }
    }

    void requirement(Session s, ChatRecord chat, Requirement requirement) {
        boolean waiting = chat.status == ChatRecord.Status.WAITING;
        if (waiting) {
            index.dequeue(chat);
        }
        chat.requirement = requirement;
        if (waiting) {
            index.enqueue(chat);
            dispatch.routeChat(s, chat);
        }
    }
}
