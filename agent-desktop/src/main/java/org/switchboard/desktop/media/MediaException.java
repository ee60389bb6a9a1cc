package org.switchboard.desktop.media;

import java.io.IOException;

/** The relay refused a media download or upload; {@link #problem()} says why, so the UI can word it for the agent. */
public final class MediaException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a transfer failed. */
    public enum Problem { TOO_LARGE, UNAUTHORIZED, NOT_FOUND, FAILED }

    private final Problem problem;

    MediaException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static MediaException forStatus(int status, String what) {
        Problem problem = switch (status) {
            case 401, 403 -> Problem.UNAUTHORIZED;
            case 404 -> Problem.NOT_FOUND;
            case 413 -> Problem.TOO_LARGE;
            default -> Problem.FAILED;
        };
        return new MediaException(problem, what + ": relay answered HTTP " + status);
    }
}
