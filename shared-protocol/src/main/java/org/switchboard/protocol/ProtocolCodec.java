package org.switchboard.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place protocol JSON is read and written: {@code {"type":"offer", ...fields}}.
 * Unknown fields are ignored and unknown types decode to an {@code Unknown} variant, so a newer peer
 * never breaks an older one. Thread-safe.
 */
public final class ProtocolCodec {
    private static final Map<String, Class<? extends ClientMessage>> CLIENT_TYPES = Map.ofEntries(
            Map.entry("login", ClientMessage.Login.class),
            Map.entry("setState", ClientMessage.SetState.class),
            Map.entry("accept", ClientMessage.Accept.class),
            Map.entry("reject", ClientMessage.Reject.class),
            Map.entry("send", ClientMessage.Send.class),
            Map.entry("typing", ClientMessage.Typing.class),
            Map.entry("markRead", ClientMessage.MarkRead.class),
            Map.entry("transfer", ClientMessage.Transfer.class),
            Map.entry("conference", ClientMessage.Conference.class),
            Map.entry("endChat", ClientMessage.EndChat.class),
            Map.entry("logout", ClientMessage.Logout.class));

    private static final Map<String, Class<? extends ServerMessage>> SERVER_TYPES = Map.ofEntries(
            Map.entry("loginOk", ServerMessage.LoginOk.class),
            Map.entry("loginFailed", ServerMessage.LoginFailed.class),
            Map.entry("stateChanged", ServerMessage.StateChanged.class),
            Map.entry("offer", ServerMessage.Offer.class),
            Map.entry("offerRevoked", ServerMessage.OfferRevoked.class),
            Map.entry("chatStarted", ServerMessage.ChatStarted.class),
            Map.entry("chatMessage", ServerMessage.ChatMessage.class),
            Map.entry("messageStatus", ServerMessage.MessageStatus.class),
            Map.entry("windowChanged", ServerMessage.WindowChanged.class),
            Map.entry("chatEnded", ServerMessage.ChatEnded.class),
            Map.entry("ack", ServerMessage.Ack.class),
            Map.entry("error", ServerMessage.Error.class));

    private static final Map<Class<?>, String> TYPE_NAMES = names();

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public String encode(ClientMessage message) {
        return write(message);
    }

    public String encode(ServerMessage message) {
        return write(message);
    }

    public ClientMessage decodeClient(String json) {
        JsonNode tree = readTree(json);
        String type = tree.path("type").asText("");
        Class<? extends ClientMessage> target = CLIENT_TYPES.get(type);
        if (target == null) {
            return new ClientMessage.Unknown(tree.path("id").asText(null), type);
        }
        return convert(tree, target, type);
    }

    public ServerMessage decodeServer(String json) {
        JsonNode tree = readTree(json);
        String type = tree.path("type").asText("");
        Class<? extends ServerMessage> target = SERVER_TYPES.get(type);
        if (target == null) {
            return new ServerMessage.Unknown(tree.path("seq").asLong(0), type);
        }
        return convert(tree, target, type);
    }

    private String write(Object message) {
        String type = TYPE_NAMES.get(message.getClass());
        if (type == null) {
            throw new IllegalArgumentException("no wire type for " + message.getClass().getSimpleName());
        }
        ObjectNode node = mapper.createObjectNode().put("type", type);
        node.setAll((ObjectNode) mapper.valueToTree(message));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + type, e);
        }
    }

    private JsonNode readTree(String json) {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new ProtocolException("frame is not a JSON object: " + abbreviate(json), null);
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new ProtocolException("frame is not valid JSON (" + e.getOriginalMessage() + "): " + abbreviate(json), e);
        }
    }

    private <T> T convert(JsonNode tree, Class<T> target, String type) {
        try {
            return mapper.treeToValue(tree, target);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            throw new ProtocolException("bad '" + type + "' frame: " + root.getMessage(), e);
        }
    }

    private static String abbreviate(String json) {
        if (json == null) {
            return "null";
        }
        return json.length() <= 80 ? json : json.substring(0, 80) + "…";
    }

    private static Map<Class<?>, String> names() {
        Map<Class<?>, String> client = CLIENT_TYPES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Map<Class<?>, String> server = SERVER_TYPES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        client.putAll(server);
        return Map.copyOf(client);
    }
}
