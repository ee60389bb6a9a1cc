package org.switchboard.relay.scenario;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A test an If branch makes; leaves look at time, variables or the queue, All/Any/Not combine them. */
public sealed interface Condition {
    boolean test(ConditionContext context);

    /** True from {@code from} (inclusive) to {@code to} (exclusive) in the scenario's time zone; may wrap midnight. */
    record TimeOfDay(LocalTime from, LocalTime to) implements Condition {
        public TimeOfDay {
            if (from == null || to == null || from.equals(to)) {
                throw new IllegalArgumentException("timeOfDay from " + from + " to " + to + " is not a range");
            }
        }

        @Override
        public boolean test(ConditionContext context) {
            LocalTime now = context.now().toLocalTime();
            return from.isBefore(to)
                    ? !now.isBefore(from) && now.isBefore(to)
                    : !now.isBefore(from) || now.isBefore(to);
        }
    }

    record DaysOfWeek(Set<DayOfWeek> days) implements Condition {
        public DaysOfWeek {
            if (days == null || days.isEmpty()) {
                throw new IllegalArgumentException("dayOfWeek needs at least one day");
            }
            days = Set.copyOf(days);
        }

        @Override
        public boolean test(ConditionContext context) {
            return days.contains(context.now().getDayOfWeek());
        }
    }

    /** True while the calendar (with its own time zone and holidays) is open. */
    record OpenHours(BusinessHours calendar) implements Condition {
        public OpenHours {
            if (calendar == null) {
                throw new IllegalArgumentException("businessHours calendar is missing");
            }
        }

        @Override
        public boolean test(ConditionContext context) {
            return calendar.isOpen(context.now().toInstant());
        }
    }

    /** Numeric comparison when both sides are numbers, text comparison otherwise; a missing variable is "". */
    record VariableCompare(String variable, Comparison op, String value) implements Condition {
        public VariableCompare {
            Checks.variableName(variable, "variable");
            if (op == null) {
                throw new IllegalArgumentException("variable condition on '" + variable + "': op is missing");
            }
            value = value == null ? "" : value;
        }

        @Override
        public boolean test(ConditionContext context) {
            return op.holds(context.variables().getOrDefault(variable, ""), value);
        }
    }

    record QueueSize(String service, Comparison op, int value) implements Condition {
        public QueueSize {
            Checks.text(service, "service");
            if (op == null) {
                throw new IllegalArgumentException("queueSize condition on '" + service + "': op is missing");
            }
        }

        @Override
        public boolean test(ConditionContext context) {
            return op.holds(context.queues().waiting(service), value);
        }
    }

    record EstimatedWait(String service, Comparison op, Duration value) implements Condition {
        public EstimatedWait {
            Checks.text(service, "service");
            if (op == null || value == null || value.isNegative()) {
                throw new IllegalArgumentException("estimatedWait condition on '" + service + "': op " + op
                        + " seconds " + value);
            }
        }

        @Override
        public boolean test(ConditionContext context) {
            return op.holds(context.queues().estimatedWait(service).toSeconds(), value.toSeconds());
        }
    }

    record All(List<Condition> of) implements Condition {
        public All {
            of = Checks.conditions(of, "all");
        }

        @Override
        public boolean test(ConditionContext context) {
            return of.stream().allMatch(condition -> condition.test(context));
        }
    }

    record Any(List<Condition> of) implements Condition {
        public Any {
            of = Checks.conditions(of, "any");
        }

        @Override
        public boolean test(ConditionContext context) {
            return of.stream().anyMatch(condition -> condition.test(context));
        }
    }

    record Not(Condition of) implements Condition {
        public Not {
            if (of == null) {
                throw new IllegalArgumentException("not: condition 'of' is missing");
            }
        }

        @Override
        public boolean test(ConditionContext context) {
            return !of.test(context);
        }
    }
}
