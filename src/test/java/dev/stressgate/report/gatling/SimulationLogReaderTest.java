package dev.stressgate.report.gatling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stressgate.report.gatling.fixture.GatlingReportStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationLogReaderTest {

    @Test
    void readsTheRunRecordOfARealGatlingLog() throws Exception {
        RunHeader header = SimulationLogReader.readHeader(Fixtures.log("injector-a"));

        assertThat(header.gatlingVersion()).isEqualTo("3.15.1");
        assertThat(header.simulationClass()).isEqualTo("dev.stressgate.report.gatling.fixture.ParserFixtureSimulation");
        assertThat(header.runDescription()).isEqualTo("stressgate parser fixture");
        assertThat(header.scenarios()).containsExactly("browse");
        assertThat(header.assertionCount()).isZero();
        assertThat(header.runStartEpochMs()).isBetween(1_700_000_000_000L, 4_000_000_000_000L);
    }

    @Test
    void decodesEveryRecordTypeWithNamesGroupsAndMessages() throws Exception {
        GatlingReportStats gatling =
                GatlingReportStats.readJson(Fixtures.dir("injector-a").resolve("gatling-stats.json"));
        RecordingListener records = new RecordingListener();

        SimulationLogRead read = SimulationLogReader.read(Fixtures.log("injector-a"), records);

        assertThat(read.records()).isEqualTo(records.recordCount() + 1L);
        assertThat(records.requests).hasSize((int) gatling.global().count());
        long users = gatling.requests().stream()
                .filter(r -> r.name().equals("home"))
                .findFirst()
                .orElseThrow()
                .count();
        assertThat(records.users).hasSize((int) users * 2);
        assertThat(records.users).filteredOn(RecordingListener.User::start).hasSize((int) users);
        assertThat(records.requests)
                .extracting(RecordingListener.Request::group)
                .contains(List.of(), List.of("checkout"), List.of("checkout", "payment"), List.of("chat_ws"));
        long pays = gatling.requests().stream()
                .filter(r -> r.name().equals("checkout: pay"))
                .findFirst()
                .orElseThrow()
                .count();
        assertThat(pays).isPositive();
        assertThat(records.requests)
                .filteredOn(r -> r.name().equals("checkout: pay"))
                .hasSize((int) pays)
                .allSatisfy(r -> {
                    assertThat(r.ok()).isFalse();
                    assertThat(r.message()).isEqualTo("status.find.in([200, 209], 304), found 500");
                });
        assertThat(records.requests)
                .filteredOn(r -> r.name().equals("home"))
                .hasSize((int) users)
                .allSatisfy(r -> assertThat(r.ok()).isTrue())
                .allSatisfy(r -> assertThat(r.message()).isEmpty());
        assertThat(records.groups)
                .extracting(RecordingListener.Group::path)
                .containsOnly(List.of("checkout"), List.of("checkout", "payment"), List.of("chat_ws"));
        assertThat(records.errors)
                .hasSize((int) users)
                .allSatisfy(e -> assertThat(e.message()).contains("missingUserId"));
        assertThat(records.requests)
                .allSatisfy(r -> assertThat(r.startMs())
                        .isGreaterThanOrEqualTo(read.header().runStartEpochMs()));
    }
}
