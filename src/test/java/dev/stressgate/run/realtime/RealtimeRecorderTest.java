package dev.stressgate.run.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealtimeRecorderTest {
    private static final long T0 = 1_800_000_000_000L;
    private static final long ALICE = 1;
    private static final long BOB = 2;
    private static final long CAROL = 3;

    private final SettableClock clock = new SettableClock(T0);
    private final RealtimeRecorder recorder = new RealtimeRecorder("session", clock, Duration.ofSeconds(1));

    @TempDir
    Path dir;

    @Test
    void timesDeliveriesOnTheRecipientsSocketFromSendToArrival() {
        recorder.expectDelivery("chat", "m1", ALICE, BOB, T0);
        recorder.expectDelivery("chat", "m1", ALICE, CAROL, T0);

        assertThat(recorder.delivered("chat", "m1", BOB, T0 + 40)).isTrue();
        assertThat(recorder.delivered("chat", "m1", BOB, T0 + 90))
                .as("a second copy is not awaited")
                .isFalse();
        assertThat(recorder.delivered("chat", "m1", CAROL, T0 + 120)).isTrue();

        FanOutStats fanOut = recorder.finish().channel("chat").orElseThrow().fanOut();
        assertThat(fanOut.expected()).isEqualTo(2);
        assertThat(fanOut.delivered()).isEqualTo(2);
        assertThat(fanOut.latency().count()).isEqualTo(2);
        assertThat(fanOut.latency().p50Ms()).isEqualTo(40);
        assertThat(fanOut.latency().maxMs()).isEqualTo(120);
        assertThat(fanOut.lost()).isZero();
    }

    @Test
    void aSendersEarlierMessageMissingBeforeItsLaterOneArrivedIsLostWhileTheSocketWasUp() {
        recorder.expectDelivery("chat", "m1", ALICE, BOB, T0);
        recorder.expectDelivery("chat", "c1", CAROL, BOB, T0 + 5);
        recorder.expectDelivery("chat", "m2", ALICE, BOB, T0 + 500);

        recorder.delivered("chat", "m2", BOB, T0 + 530);

        FanOutStats fanOut = recorder.finish().channel("chat").orElseThrow().fanOut();
        assertThat(fanOut.delivered()).isEqualTo(1);
        assertThat(fanOut.lost()).as("m1: Alice's earlier message").isEqualTo(1);
        assertThat(fanOut.lostWithSocket()).isZero();
        assertThat(fanOut.unresolved())
                .as("c1 from another sender is still awaited at the end")
                .isEqualTo(1);
        assertThat(fanOut.lostPct()).isEqualTo(50.0);
    }

    @Test
    void aDropLosesWhatWasAwaitedAndSeparatesWhatWasSentAfterTheSocketLastAnswered() {
        recorder.connected("chat", 80, false);
        recorder.expectDelivery("chat", "old", ALICE, BOB, T0);
        recorder.expectDelivery("chat", "new", ALICE, BOB, T0 + 9_000);
        clock.set(T0 + 12_000);

        recorder.dropped("chat", DropCause.SERVER_CLOSE, 12_000);
        recorder.socketDropped(BOB, "chat", T0 + 8_500);
        recorder.connected("chat", 60, true);

        ChannelStats chat = recorder.finish().channel("chat").orElseThrow();
        assertThat(chat.drops()).containsEntry("server_close", 1L).containsEntry("timeout", 0L);
        assertThat(chat.connects()).isEqualTo(2);
        assertThat(chat.reconnects()).isEqualTo(1);
        assertThat(chat.connect().maxMs()).isEqualTo(80);
        assertThat(chat.fanOut().lost()).isEqualTo(2);
        assertThat(chat.fanOut().lostWithSocket())
                .as("sent after 7.5 s (last answer less the grace second)")
                .isEqualTo(1);
    }

    @Test
    void closingRightAfterASendLeavesItUnresolvedWhileOlderOnesAreLost() {
        recorder.expectDelivery("chat", "old", ALICE, BOB, T0);
        recorder.expectDelivery("chat", "fresh", CAROL, BOB, T0 + 2_700);
        clock.set(T0 + 3_000);

        recorder.recipientClosed(BOB, "chat");

        FanOutStats fanOut = recorder.finish().channel("chat").orElseThrow().fanOut();
        assertThat(fanOut.lost()).isEqualTo(1);
        assertThat(fanOut.unresolved()).isEqualTo(1);
    }

    @Test
    void overdueDeliveriesAreLostWhenTheRecipientLooksAtItsSocket() {
        recorder.expectDelivery("game", "g1", ALICE, BOB, T0);
        clock.set(T0 + RealtimeRecorder.LOSS_TIMEOUT.toMillis() - 1);
        recorder.expireOverdue(BOB);
        assertThat(recorder.isAwaited("game", "g1", BOB)).isTrue();

        clock.set(T0 + RealtimeRecorder.LOSS_TIMEOUT.toMillis() + 1);
        recorder.expireOverdue(BOB);

        assertThat(recorder.isAwaited("game", "g1", BOB)).isFalse();
        assertThat(recorder.finish().channel("game").orElseThrow().fanOut().lost())
                .isEqualTo(1);
    }

    @Test
    void theFileRoundTripsAndMergedHistogramsCoverBothChannels() {
        recorder.connected("chat", 10, false);
        recorder.connected("chat", 20, false);
        recorder.connected("game", 300, false);
        RealtimeStats stats = recorder.finish();
        Path file = dir.resolve("realtime.json");

        RealtimeStatsFile.write(file, stats);
        RealtimeStats read = RealtimeStatsFile.readIfPresent(file).orElseThrow();

        assertThat(read).isEqualTo(stats);
        LatencySummary merged = LatencySummary.merged(List.of(
                read.channel("chat").orElseThrow().connect(),
                read.channel("game").orElseThrow().connect()));
        assertThat(merged.count()).isEqualTo(3);
        assertThat(merged.p50Ms()).isEqualTo(20);
        assertThat(merged.maxMs()).isBetween(300L, 301L);
    }

    @Test
    void anAbsentFileIsNoFiguresAndABrokenOneNamesTheFileAndTheProblem() throws IOException {
        assertThat(RealtimeStatsFile.readIfPresent(dir.resolve("realtime.json")))
                .isEmpty();

        Path wrongVersion = Files.writeString(
                dir.resolve("v.json"),
                "{\"schema_version\": 7, \"connection_mode\":"
                        + " \"session\", \"start_epoch_ms\": 1, \"end_epoch_ms\": 2, \"sample_interval_ms\": 1000,"
                        + " \"channels\": {}, \"sockets\": [], \"heap_peak_bytes\": 0, \"cpu_seconds\": 0}");
        assertThatThrownBy(() -> RealtimeStatsFile.readIfPresent(wrongVersion))
                .hasMessageContaining(wrongVersion.toString())
                .hasMessageContaining("schema_version: expected 1, got 7");

        Path notJson = Files.writeString(dir.resolve("x.json"), "{\"schema_version\": ");
        assertThatThrownBy(() -> RealtimeStatsFile.readIfPresent(notJson))
                .hasMessageContaining(notJson + ": not a valid realtime.json");
    }

    private static final class SettableClock extends Clock {
        private long millis;

        SettableClock(long millis) {
            this.millis = millis;
        }

        void set(long millis) {
            this.millis = millis;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void openSocketsCountsConnectsLessClosesAndDropsOverEveryChannel() {
        recorder.connected("chat", 10, false);
        recorder.connected("chat", 10, false);
        recorder.connected("game", 10, false);
        recorder.dropped("chat", DropCause.SERVER_CLOSE, 1_000);
        recorder.closed("game", 2_000);
        recorder.connected("chat", 10, true);

        assertThat(recorder.openSockets()).isEqualTo(2);
    }
}
