package org.switchboard.desktop.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.PhoneDevice;

class CredentialsTest {

    @Test
    void neverPrintsThePassword() {
        Credentials credentials = new Credentials("alice", "s3cret!", null);

        assertThat(credentials.toString()).doesNotContain("s3cret!").contains("alice", "***");
        assertThat(credentials.phoneDevice()).isEqualTo(PhoneDevice.softphone());
    }

    @Test
    void requiresAUsername() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Credentials(" ", "pw", null))
                .withMessage("credentials: username is missing");
    }
}
