package org.switchboard.relay.scenario;

/** A scenario definition refused on load or save; the message names scenario, block (index, id, type) and field. */
public final class ScenarioValidationException extends RuntimeException {
    public ScenarioValidationException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScenarioValidationException(String message) {
        super(message);
    }
}
