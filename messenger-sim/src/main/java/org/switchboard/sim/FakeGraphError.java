package org.switchboard.sim;

/**
 * An error the fake Graph API answers, with Facebook's real JSON and HTTP status. A {@code code} of 0 means a bare
 * HTTP error without a Facebook error body (a load balancer's 500 or 502).
 */
public record FakeGraphError(int httpStatus, int code, Integer subcode, String type, String message) {
    public FakeGraphError {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("fake graph error: httpStatus " + httpStatus + " is not an error status");
        }
        type = type == null ? "OAuthException" : type;
        message = message == null ? "An unknown error occurred" : message;
    }

    public static FakeGraphError of(int httpStatus, int code, Integer subcode, String message) {
        return new FakeGraphError(httpStatus, code, subcode, "OAuthException", message);
    }

    /** HTTP 500 without a Facebook body: the outcome of a send is unknown. */
    public static FakeGraphError bareHttp(int httpStatus) {
        return new FakeGraphError(httpStatus, 0, null, null, "Internal Server Error");
    }

    public static FakeGraphError unknown() {
        return of(500, 1, null, "An unknown error occurred");
    }

    public static FakeGraphError serviceUnavailable() {
        return of(503, 2, null, "An unexpected error has occurred. Please retry your request later.");
    }

    public static FakeGraphError rateLimited() {
        return of(400, 613, null, "Calls to this api have exceeded the rate limit.");
    }

    public static FakeGraphError temporarySendFailure() {
        return of(500, 1200, null, "Temporary send message failure. Please try again later");
    }

    public static FakeGraphError windowClosed() {
        return of(400, 10, 2018278, "(#10) This message is sent outside of allowed window.");
    }

    public static FakeGraphError recipientUnavailable() {
        return of(400, 551, 1545041, "This person isn't available right now.");
    }

    public static FakeGraphError noMatchingUser() {
        return of(400, 100, 2018001, "(#100) No matching user found");
    }

    public static FakeGraphError tokenExpired() {
        return of(400, 190, 463, "Error validating access token: Session has expired.");
    }

    public static FakeGraphError permissionMissing() {
        return of(403, 200, null, "(#200) The page is not allowed to send messages");
    }

    /** The app lacks Business Asset User Profile Access: profiles are refused, messaging still works. */
    public static FakeGraphError profileNotPermitted() {
        return of(403, 230, null, "(#230) Requires pages_messaging permission to manage the object");
    }

    public static FakeGraphError policyBlocked() {
        return of(400, 368, 1390008, "You can't use this feature at the moment: temporarily blocked for policies violations");
    }

    /** Facebook's body: {@code {"error":{"message","type","code","error_subcode","fbtrace_id"}}}; null for a bare HTTP error. */
    String json(FacebookJson json, String traceId) {
        if (code == 0) {
            return null;
        }
        var root = json.object();
        var error = root.putObject("error").put("message", message).put("type", type).put("code", code);
        if (subcode != null) {
            error.put("error_subcode", subcode);
        }
        error.put("fbtrace_id", traceId);
        return json.write(root);
    }
}
