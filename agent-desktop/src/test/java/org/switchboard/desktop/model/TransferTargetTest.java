package org.switchboard.desktop.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransferTargetTest {
    @Test
    void theNameIsTrimmed() {
        assertThat(TransferTarget.agent(" bob ")).isEqualTo(new TransferTarget(TransferTarget.Kind.AGENT, "bob"));
    }

    @Test
    void aBlankNameIsRefusedNamingTheKindAndTheValue() {
        assertThatThrownBy(() -> TransferTarget.service(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("transfer target: name of the SERVICE is blank (' ')");
    }
}
