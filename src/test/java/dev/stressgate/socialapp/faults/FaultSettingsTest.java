package dev.stressgate.socialapp.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultSettingsTest {

    @Test
    void absentSettingsMeanNoFaults() {
        ActiveFaults faults = new ActiveFaults(FaultSettings.none());
        assertThat(faults.latencyFor("/api/posts")).isZero();
        assertThat(faults.injectedErrorFor("/api/posts")).isZero();
        assertThat(faults.databaseDelayFor("post_list")).isZero();
        assertThat(faults.dropFrame("chat")).isFalse();
        assertThat(faults.databaseUnavailable()).isFalse();
        assertThat(FaultSettings.none().problems()).isEmpty();
    }

    @Test
    void emptyRouteListMeansEveryApiRouteButNotOperations() {
        ActiveFaults faults = new ActiveFaults(new FaultSettings(
                new FaultSettings.RouteLatency(50L, List.of()),
                new FaultSettings.RouteErrors(1.0, 503, List.of()),
                null,
                null,
                false));
        assertThat(faults.latencyFor("/api/posts/{id}/like")).isEqualTo(50);
        assertThat(faults.latencyFor("/metrics")).isZero();
        assertThat(faults.injectedErrorFor("/api/friends")).isEqualTo(503);
        assertThat(faults.injectedErrorFor("/health/ready")).isZero();
    }

    @Test
    void chosenRoutesAndChannelsOnly() {
        ActiveFaults faults = new ActiveFaults(new FaultSettings(
                new FaultSettings.RouteLatency(50L, List.of("/api/posts")),
                null,
                new FaultSettings.SlowDatabase(20L, List.of("post_list")),
                new FaultSettings.WebsocketDrops(1.0, List.of("game")),
                true));
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
        FaultSettings bad = new FaultSettings(
                new FaultSettings.RouteLatency(-5L, null),
                new FaultSettings.RouteErrors(1.5, 404, null),
                new FaultSettings.SlowDatabase(70_000L, null),
                new FaultSettings.WebsocketDrops(-0.1, List.of("voice")),
                null);
        assertThat(bad.problems())
                .containsExactly(
                        "latency.millis: expected 0-60000, got -5",
                        "errors.share: expected a share between 0.0 and 1.0, got 1.5",
                        "errors.status: expected 500-599, got 404",
                        "slow_database.millis: expected 0-60000, got 70000",
                        "websocket_drops.share: expected a share between 0.0 and 1.0, got -0.1",
                        "websocket_drops.channels: expected chat or game, got 'voice'");
    }

    @Test
    void errorsWithAnEndedWindowAreOffAndAFutureWindowIsNotYetOn() {
        ActiveFaults current = new ActiveFaults(FaultSettings.none());
        current.replace(new FaultSettings(
                null, new FaultSettings.RouteErrors(1.0, 503, List.of(), 0, 3600), null, null, false));
        assertThat(current.injectedErrorFor("/api/posts"))
                .as("inside 0-3600 s right after replace")
                .isEqualTo(503);
        ActiveFaults future = new ActiveFaults(new FaultSettings(
                null, new FaultSettings.RouteErrors(1.0, 503, List.of(), 3600, 7200), null, null, false));
        assertThat(future.injectedErrorFor("/api/posts"))
                .as("window starts in an hour")
                .isZero();
    }

    @Test
    void theCpuBurnSpendsAtLeastTheConfiguredCpuTimeOnApiRoutesOnly() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ActiveFaults faults = new ActiveFaults(
                new FaultSettings(null, null, null, null, false, null, new FaultSettings.CpuBurn(30), null));
        long before = threads.getCurrentThreadCpuTime();
        faults.burnCpuFor("/api/posts");
        assertThat(threads.getCurrentThreadCpuTime() - before).isGreaterThanOrEqualTo(30_000_000L);
        long health = threads.getCurrentThreadCpuTime();
        faults.burnCpuFor("/health/ready");
        assertThat(threads.getCurrentThreadCpuTime() - health).isLessThan(30_000_000L);
    }

    @Test
    void aRunTimeRateLimitIsOfferedOnlyWhenSet() {
        assertThat(new ActiveFaults(FaultSettings.none()).rateLimit()).isEmpty();
        ActiveFaults limited = new ActiveFaults(
                new FaultSettings(null, null, null, null, false, null, null, new FaultSettings.RateLimit(30, 60)));
        assertThat(limited.rateLimit()).contains(new FaultSettings.RateLimit(30, 60));
    }

    @Test
    void theAdminJsonOfTheNewFaultsReadsIntoTheSettings() throws Exception {
        ObjectMapper mapper = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        FaultSettings settings = mapper.readValue("""
                {"errors": {"share": 0.4, "status": 503, "routes": ["/api/notifications"], "from_s": 25, "until_s": 55},
                 "memory_leak": {"kib_per_request": 256}, "cpu_burn": {"millis_per_request": 100},
                 "rate_limit": {"requests": 60, "window_s": 60}}""", FaultSettings.class);
        assertThat(settings.errors().fromS()).isEqualTo(25);
        assertThat(settings.errors().untilS()).isEqualTo(55);
        assertThat(settings.memoryLeak().kibPerRequest()).isEqualTo(256);
        assertThat(settings.cpuBurn().millisPerRequest()).isEqualTo(100);
        assertThat(settings.rateLimit()).isEqualTo(new FaultSettings.RateLimit(60, 60));
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void problemsNameEachBadFieldOfTheNewFaults() {
        FaultSettings bad = new FaultSettings(
                null,
                new FaultSettings.RouteErrors(0.5, 500, null, 30, 20),
                null,
                null,
                false,
                new FaultSettings.MemoryLeak(-1),
                new FaultSettings.CpuBurn(20_000),
                new FaultSettings.RateLimit(0, 60));
        assertThat(bad.problems())
                .containsExactly(
                        "errors.until_s: expected more than from_s (30), got 20",
                        "memory_leak.kib_per_request: expected 0-65536, got -1",
                        "cpu_burn.millis_per_request: expected 0-10000, got 20000",
                        "rate_limit.requests: expected 1-1000000, got 0");
    }

    @Test
    void websocketClosesDefaultToServiceRestartAndNameBadFields() {
        FaultSettings.WebsocketCloses closes = new FaultSettings.WebsocketCloses(1.0, null, null);
        FaultSettings on = new FaultSettings(null, null, null, null, false, null, null, null, closes);
        assertThat(on.problems()).isEmpty();
        assertThat(new ActiveFaults(on).closeSocketInstead("chat")).isEqualTo(1012);
        assertThat(new ActiveFaults(FaultSettings.none()).closeSocketInstead("chat"))
                .isZero();
        FaultSettings gameOnly = new FaultSettings(
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                new FaultSettings.WebsocketCloses(1.0, 4000, List.of("game")));
        assertThat(new ActiveFaults(gameOnly).closeSocketInstead("chat")).isZero();
        assertThat(new ActiveFaults(gameOnly).closeSocketInstead("game")).isEqualTo(4000);

        FaultSettings bad = new FaultSettings(
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                new FaultSettings.WebsocketCloses(2.0, 999, List.of("dm")));
        assertThat(bad.problems())
                .containsExactly(
                        "websocket_closes.share: expected a share between 0.0 and 1.0, got 2.0",
                        "websocket_closes.code: expected 1000-4999, got 999",
                        "websocket_closes.channels: expected chat or game, got 'dm'");
    }
}
