package org.switchboard.relay.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What Find Agent asks the router for: a service, skills with minimum levels, a priority and escalation steps. */
public record FindRequest(String service, Map<String, Integer> skills, int priority, List<Block.Escalation> escalation,
                          Duration maxWait) {
    public FindRequest {
        Checks.text(service, "service");
        skills = Map.copyOf(skills);
        Checks.priority(priority);
        escalation = List.copyOf(escalation);
    }
}
