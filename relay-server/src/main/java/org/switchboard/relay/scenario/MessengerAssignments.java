package org.switchboard.relay.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Messenger page rules of scenario entries and services, as an immutable value the admin code checks before
 * storing: an entry has at most one page, a page belongs to one entry only, and a service has at most one
 * outbound Messenger account. Refusals are {@link AssignmentConflictException}s naming the page and both owners.
 */
public record MessengerAssignments(Map<String, String> pageByEntry, Map<String, String> outboundPageByService) {
    public static final MessengerAssignments EMPTY = new MessengerAssignments(Map.of(), Map.of());

    public MessengerAssignments {
        pageByEntry = Map.copyOf(pageByEntry);
        outboundPageByService = Map.copyOf(outboundPageByService);
    }

    /** Assigns the entry's Messenger Accounts field (empty list: no page); replaces what the entry had before. */
    public MessengerAssignments withEntryPages(String entry, List<String> pageIds) {
        if (entry == null || entry.isBlank()) {
            throw new IllegalArgumentException("scenario entry: name is missing");
        }
        if (pageIds.size() > 1) {
            throw new AssignmentConflictException("scenario entry '" + entry + "': at most one Messenger page per entry, got "
                    + pageIds.size() + " " + pageIds);
        }
        Map<String, String> pages = new HashMap<>(pageByEntry);
        pages.remove(entry);
        if (!pageIds.isEmpty()) {
            String page = pageIds.get(0);
            Optional<String> holder = entryOf(page).filter(other -> !other.equals(entry));
            if (holder.isPresent()) {
                throw new AssignmentConflictException("Messenger page '" + page + "' already belongs to scenario entry '"
                        + holder.get() + "'; it cannot also be assigned to entry '" + entry + "'");
            }
            pages.put(entry, page);
        }
        return new MessengerAssignments(pages, outboundPageByService);
    }

    /** Sets (or with null clears) the service's one outbound Messenger account. */
    public MessengerAssignments withServiceOutbound(String service, String pageId) {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("service: name is missing");
        }
        String current = outboundPageByService.get(service);
        if (current != null && pageId != null && !current.equals(pageId)) {
            throw new AssignmentConflictException("service '" + service + "' already has outbound Messenger page '"
                    + current + "'; remove it before assigning page '" + pageId + "'");
        }
        Map<String, String> outbound = new HashMap<>(outboundPageByService);
        if (pageId == null) {
            outbound.remove(service);
        } else {
            outbound.put(service, pageId);
        }
        return new MessengerAssignments(pageByEntry, outbound);
    }

    /** The entry whose scenario a new conversation on this page starts. */
    public Optional<String> entryOf(String pageId) {
        return pageByEntry.entrySet().stream().filter(e -> e.getValue().equals(pageId)).map(Map.Entry::getKey).findFirst();
    }
}
