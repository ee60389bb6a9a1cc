package org.switchboard.relay.scenario;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A weekly opening calendar in its own time zone, closed on holidays. */
public record BusinessHours(ZoneId zone, Map<DayOfWeek, List<Hours>> week, Set<LocalDate> holidays) {
    public BusinessHours {
        if (zone == null) {
            throw new IllegalArgumentException("businessHours timeZone is missing");
        }
        week = week == null ? Map.of() : week.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        if (holidays.contains(local.toLocalDate())) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return week.getOrDefault(local.getDayOfWeek(), List.of()).stream().anyMatch(hours -> hours.contains(time));
    }

    /** Open from {@code from} (inclusive) to {@code to} (exclusive) on one day. */
    public record Hours(LocalTime from, LocalTime to) {
        public Hours {
            if (from == null || to == null || !from.isBefore(to)) {
                throw new IllegalArgumentException("business hours " + from + "-" + to + " is not a range within a day");
            }
        }

        boolean contains(LocalTime time) {
            return !time.isBefore(from) && time.isBefore(to);
        }
    }
}
