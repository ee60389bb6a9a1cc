package org.switchboard.desktop.ui;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.switchboard.desktop.model.AgentCommands;
import org.switchboard.desktop.model.OffersModel;
import org.switchboard.protocol.ServerMessage.Offer;

/** Opens a popup (with its chime) for each offer in the model and closes it when the offer goes away. EDT only. */
public final class OfferPopups implements OffersModel.Listener {
    private final UiText text;
    private final Clock clock;
    private final OffersModel offers;
    private final AgentCommands commands;
    private final OfferTone tone;
    private final Map<String, OfferPopup> open = new LinkedHashMap<>();

    public OfferPopups(UiText text, Clock clock, OffersModel offers, AgentCommands commands, OfferTone tone) {
        this.text = text;
        this.clock = clock;
        this.offers = offers;
        this.commands = commands;
        this.tone = tone;
        offers.addListener(this);
    }

    @Override
    public void offerAdded(Offer offer) {
        OfferPopup popup = new OfferPopup(text, offer, clock, offers, commands, open.size());
        open.put(offer.chatId(), popup);
        popup.show();
        tone.play();
    }

    @Override
    public void offerRemoved(String chatId) {
        OfferPopup popup = open.remove(chatId);
        if (popup != null) {
            popup.dispose();
        }
    }

    public void closeAll() {
        open.values().forEach(OfferPopup::dispose);
        open.clear();
    }
}
