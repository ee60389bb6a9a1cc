package org.switchboard.relay.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessengerAssignmentsTest {

    @Test
    void aPageBelongsToOneEntryOnly() {
        MessengerAssignments assignments = MessengerAssignments.EMPTY.withEntryPages("Sales", List.of("111"));

        assertThatThrownBy(() -> assignments.withEntryPages("Support", List.of("111")))
                .isInstanceOf(AssignmentConflictException.class)
                .hasMessage("Messenger page '111' already belongs to scenario entry 'Sales'; it cannot also be assigned to entry 'Support'");
    }

    @Test
    void anEntryHasAtMostOnePage() {
        assertThatThrownBy(() -> MessengerAssignments.EMPTY.withEntryPages("Sales", List.of("111", "222")))
                .hasMessage("scenario entry 'Sales': at most one Messenger page per entry, got 2 [111, 222]");
    }

    @Test
    void reassigningAnEntryFreesItsOldPage() {
        MessengerAssignments assignments = MessengerAssignments.EMPTY.withEntryPages("Sales", List.of("111"))
                .withEntryPages("Sales", List.of("222"))
                .withEntryPages("Support", List.of("111"));

        assertThat(assignments.entryOf("111")).contains("Support");
        assertThat(assignments.entryOf("222")).contains("Sales");
        assertThat(assignments.withEntryPages("Sales", List.of()).entryOf("222")).isEmpty();
    }

    @Test
    void savingTheSameEntryAgainIsAllowed() {
        MessengerAssignments assignments = MessengerAssignments.EMPTY.withEntryPages("Sales", List.of("111"));

        assertThat(assignments.withEntryPages("Sales", List.of("111"))).isEqualTo(assignments);
    }

    @Test
    void aServiceHasOneOutboundAccount() {
        MessengerAssignments assignments = MessengerAssignments.EMPTY.withServiceOutbound("Support", "111");

        assertThatThrownBy(() -> assignments.withServiceOutbound("Support", "222"))
                .hasMessage("service 'Support' already has outbound Messenger page '111'; remove it before assigning page '222'");
        assertThat(assignments.withServiceOutbound("Support", null).withServiceOutbound("Support", "222")
                .outboundPageByService()).containsEntry("Support", "222");
    }
}
