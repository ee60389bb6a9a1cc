package org.switchboard.desktop.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.protocol.ServerMessage.Offer;

/** Offers waiting for the agent's Accept or Reject. Confined to the EDT; listeners run on the EDT. */
public final class OffersModel {
    /** What the offer popups observe. */
    public interface Listener {
        void offerAdded(Offer offer);

        void offerRemoved(String chatId);
    }

    private final Map<String, Offer> offers = new LinkedHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public AutoCloseable addListener(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public List<Offer> offers() {
        return List.copyOf(offers.values());
    }

    /** Answered, expired, revoked or turned into a chat. */
    public void remove(String chatId) {
        if (offers.remove(chatId) != null) {
            listeners.forEach(l -> l.offerRemoved(chatId));
        }
    }

    void add(Offer offer) {
        if (offers.put(offer.chatId(), offer) == null) {
            listeners.forEach(l -> l.offerAdded(offer));
        }
    }
}
