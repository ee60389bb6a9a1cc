package org.switchboard.desktop.history;

/** A past conversation's header: who the customer was and on which page. */
public record HistoryChat(String chatId, String customerId, String customerName, String pageName) {
    public HistoryChat {
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("history chat: chatId is missing");
        }
        customerId = customerId == null ? "" : customerId;
        customerName = customerName == null ? "" : customerName;
        pageName = pageName == null ? "" : pageName;
    }
}
