package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.switchboard.desktop.net.ServerAddress;
import org.switchboard.protocol.AgentState;
import org.switchboard.protocol.ChatLine;
import org.switchboard.protocol.DeliveryStatus;
import org.switchboard.protocol.PhoneDevice;

class UiTextTest {
    private final UiText text = new UiText(Locale.ROOT);

    @Test
    void everyEnumShownToTheAgentHasAText() {
        Stream<String> keys = Stream.of(
                Arrays.stream(AgentState.values()).map(s -> "state." + s),
                Arrays.stream(PhoneDevice.Kind.values()).map(k -> "phone." + k),
                Arrays.stream(ServerAddress.Problem.values()).map(p -> "login.error.address." + p),
                Arrays.stream(ChatLine.Author.values()).map(a -> "line.author." + a),
                Arrays.stream(DeliveryStatus.values()).filter(s -> s != DeliveryStatus.NONE).map(s -> "line.status." + s))
                .flatMap(s -> s);

        keys.forEach(key -> assertThatCode(() -> text.get(key)).as(key).doesNotThrowAnyException());
    }

    @Test
    void fillsInArguments() {
        assertThat(text.get("main.title", "Alice Agent")).isEqualTo("Switchboard — Alice Agent");
        assertThat(text.get("line.status.failedWith", "(#551) unavailable")).isEqualTo("Failed: (#551) unavailable");
        assertThat(text.get("login.error.address.PORT", "h:99999", "99999"))
                .isEqualTo("Server address 'h:99999' has port 99999; ports go from 1 to 65535.");
    }
}
