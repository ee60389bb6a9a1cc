package org.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DesktopMainTest {

    @Test
    void readsServerUsernameAndPassword() {
        assertThat(DesktopMain.parse(new String[] {"--server", "localhost:8080", "--username", "alice", "--password", "pw"}))
                .isEqualTo(new LoginDefaults("localhost:8080", "alice", "pw"));
    }

    @Test
    void leavesMissingOptionsEmpty() {
        assertThat(DesktopMain.parse(new String[0])).isEqualTo(LoginDefaults.none());
    }

    @Test
    void namesAnUnknownOptionOrAMissingValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> DesktopMain.parse(new String[] {"--port", "1"}))
                .withMessage("unknown option '--port'");
        assertThatIllegalArgumentException().isThrownBy(() -> DesktopMain.parse(new String[] {"--server"}))
                .withMessage("option --server needs a value");
    }

    @Test
    void masksThePasswordInToString() {
        assertThat(new LoginDefaults("h", "u", "pw").toString()).doesNotContain("pw]").contains("***");
    }
}
