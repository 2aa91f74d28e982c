package dev.stressgate.socialapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    @Test
    void absentSettingsMeanNoFaults() {
        Faults faults = new Faults(FaultSettings.none());
        assertThat(faults.latencyFor("/api/posts")).isZero();
        assertThat(faults.injectedErrorFor("/api/posts")).isZero();
        assertThat(faults.databaseDelayFor("post_list")).isZero();
        assertThat(faults.dropFrame("chat")).isFalse();
        assertThat(faults.databaseUnavailable()).isFalse();
        assertThat(FaultSettings.none().problems()).isEmpty();
    }

    @Test
    void emptyRouteListMeansEveryApiRouteButNotOperations() {
        Faults faults = new Faults(new FaultSettings(new FaultSettings.RouteLatency(50L, List.of()),
                new FaultSettings.RouteErrors(1.0, 503, List.of()), null, null, false));
        assertThat(faults.latencyFor("/api/posts/{id}/like")).isEqualTo(50);
        assertThat(faults.latencyFor("/metrics")).isZero();
        assertThat(faults.injectedErrorFor("/api/friends")).isEqualTo(503);
        assertThat(faults.injectedErrorFor("/health/ready")).isZero();
    }

    @Test
    void chosenRoutesAndChannelsOnly() {
        Faults faults = new Faults(new FaultSettings(new FaultSettings.RouteLatency(50L, List.of("/api/posts")),
                null, new FaultSettings.SlowDatabase(20L, List.of("post_list")),
                new FaultSettings.WebsocketDrops(1.0, List.of("game")), true));
        assertThat(faults.latencyFor("/api/posts")).isEqualTo(50);
        assertThat(faults.latencyFor("/api/friends")).isZero();
        assertThat(faults.databaseDelayFor("post_list")).isEqualTo(20);
        assertThat(faults.databaseDelayFor("user_by_id")).isZero();
        assertThat(faults.dropFrame("game")).isTrue();
        assertThat(faults.dropFrame("chat")).isFalse();
        assertThat(faults.databaseUnavailable()).isTrue();
    }

    @Test
    void problemsNameEachBadField() {
        FaultSettings bad = new FaultSettings(new FaultSettings.RouteLatency(-5L, null),
                new FaultSettings.RouteErrors(1.5, 404, null), new FaultSettings.SlowDatabase(70_000L, null),
                new FaultSettings.WebsocketDrops(-0.1, List.of("voice")), null);
        assertThat(bad.problems()).containsExactly(
                "latency.millis: expected 0-60000, got -5",
                "errors.share: expected a share between 0.0 and 1.0, got 1.5",
                "errors.status: expected 500-599, got 404",
                "slow_database.millis: expected 0-60000, got 70000",
                "websocket_drops.share: expected a share between 0.0 and 1.0, got -0.1",
                "websocket_drops.channels: expected chat or game, got 'voice'");
    }
}
