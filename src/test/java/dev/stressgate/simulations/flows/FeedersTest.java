package dev.stressgate.simulations.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.profile.LoadShare;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Account names of injectors sharing a run live in namespaces of their own. */
class FeedersTest {

    @Test
    void eachInjectorOfASharedRunSignsUpUnderItsOwnPrefix() {
        assertThat(Feeders.accountNamespace(LoadShare.WHOLE)).isEqualTo("sg");
        assertThat(Feeders.accountNamespace(new LoadShare(0, 12))).isEqualTo("sg0i");
        assertThat(Feeders.accountNamespace(new LoadShare(11, 12))).isEqualTo("sg11i");
    }

    @Test
    void namesOfTwoInjectorsNeverMeetEvenWithTheSameSequenceNumbers() {
        Set<String> first = names(Feeders.newAccounts(Feeders.accountNamespace(new LoadShare(1, 12)), "e", "p"));
        Set<String> second = names(Feeders.newAccounts(Feeders.accountNamespace(new LoadShare(11, 12)), "e", "p"));

        assertThat(first).hasSize(500).allMatch(email -> email.startsWith("sg1i"));
        assertThat(second).hasSize(500).allMatch(email -> email.startsWith("sg11i"));
        assertThat(first).doesNotContainAnyElementsOf(second);
    }

    private static Set<String> names(Iterator<Map<String, Object>> feeder) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            names.add((String) feeder.next().get("e"));
        }
        return names;
    }
}
