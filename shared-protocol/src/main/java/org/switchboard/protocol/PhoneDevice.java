package org.switchboard.protocol;

/** The phone device an agent chose at login; chats work with any of them, voice later uses it. */
public record PhoneDevice(Kind kind, String number) {
    /** How the agent takes calls. */
    public enum Kind { SOFTPHONE, DESK_PHONE, EXTERNAL_NUMBER, NO_PHONE }

    public PhoneDevice {
        if (kind == null) {
            throw new IllegalArgumentException("phone device: kind is missing");
        }
        boolean needsNumber = kind == Kind.DESK_PHONE || kind == Kind.EXTERNAL_NUMBER;
        if (needsNumber && (number == null || number.isBlank())) {
            throw new IllegalArgumentException("phone device " + kind + ": a number or extension is required");
        }
        if (!needsNumber) {
            number = null;
        }
    }

    public static PhoneDevice softphone() {
        return new PhoneDevice(Kind.SOFTPHONE, null);
    }
}
