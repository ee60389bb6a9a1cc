package org.switchboard.relay.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The scenarios shipped with the product; "Mobile Chat" is the default for a new scenario entry. */
public final class ScenarioTemplates {
    public static final String MOBILE_CHAT_RESOURCE = "mobile-chat.json";

    private final ScenarioParser parser;

    public ScenarioTemplates(ScenarioParser parser) {
        this.parser = parser;
    }

    /** The template's JSON, the starting point an admin edits and saves. */
    public String mobileChatJson() {
        try (InputStream in = ScenarioTemplates.class.getResourceAsStream(MOBILE_CHAT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario template resource " + MOBILE_CHAT_RESOURCE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario template " + MOBILE_CHAT_RESOURCE, e);
        }
    }

    public ScenarioDefinition mobileChat() {
        return parser.parse(mobileChatJson());
    }
}
