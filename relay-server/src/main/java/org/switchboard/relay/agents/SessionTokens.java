package org.switchboard.relay.agents;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.switchboard.relay.media.MediaAccess;

/**
 * Random bearer tokens handed to logged-in desktops for HTTP downloads (customer pictures, media); a token is
 * valid until its agent logs out or logs in again. Thread-safe.
 */
public final class SessionTokens implements MediaAccess {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> agentByToken = new ConcurrentHashMap<>();
    private final Map<String, String> tokenByAgent = new ConcurrentHashMap<>();

    /** A new token for the agent; their previous one stops working. */
    public String issue(String agent) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        revoke(agent);
        tokenByAgent.put(agent, token);
        agentByToken.put(token, agent);
        return token;
    }

    public void revoke(String agent) {
        String old = tokenByAgent.remove(agent);
        if (old != null) {
            agentByToken.remove(old);
        }
    }

    @Override
    public boolean allows(String bearerToken) {
        return bearerToken != null && agentByToken.containsKey(bearerToken);
    }
}
