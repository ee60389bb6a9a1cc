package org.switchboard.relay.scenario;

/** The comparison operators of If conditions, as written in JSON ("eq", "gt", …). */
public enum Comparison {
    EQ, NE, LT, LE, GT, GE, CONTAINS;

    boolean holds(long left, long right) {
        return test(Long.compare(left, right), String.valueOf(left), String.valueOf(right));
    }

    boolean holds(String left, String right) {
        Double a = number(left);
        Double b = number(right);
        int order = a != null && b != null ? Double.compare(a, b) : left.compareToIgnoreCase(right);
        return test(order, left, right);
    }

    private boolean test(int order, String left, String right) {
        return switch (this) {
            case EQ -> order == 0;
            case NE -> order != 0;
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case CONTAINS -> left.toLowerCase(java.util.Locale.ROOT).contains(right.toLowerCase(java.util.Locale.ROOT));
        };
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
