package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stressgate.profile.Slo;
import dev.stressgate.profile.SloMetric;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The injector was the bottleneck" on hand-written injector.jsonl files read back through {@link InjectorLoads}:
 * healthy, CPU-bound, GC-bound and host-saturated injectors, one injector or several under one run id.
 */
class InjectorBottleneckRuleTest {
    private static final String RULE = "injector_bottleneck";
    private static final String LOCAL_TARGET = "http://localhost:8375";
    private static final String REMOTE_TARGET = "https://staging.example.com";

    @TempDir
    Path runDir;

    /** One line per second of a 60 s run: process cores, host %, GC %, heap used of a 1 GiB heap. */
    private static void writeSamples(
            Path file,
            int processors,
            LongToDoubleFunction cores,
            LongToDoubleFunction hostPct,
            LongToDoubleFunction gcPct)
            throws IOException {
        writeSamples(file, 60, processors, cores, hostPct, gcPct, null);
    }

    private static void writeSamples(
            Path file,
            int seconds,
            int processors,
            LongToDoubleFunction cores,
            LongToDoubleFunction hostPct,
            LongToDoubleFunction gcPct,
            String host)
            throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        for (int s = 1; s <= seconds; s++) {
            lines.add(String.format(
                    Locale.ROOT,
                    "{\"epoch_ms\":%d,\"processors\":%d,\"process_cpu_cores\":%.3f,\"host_cpu_pct\":%.1f,"
                            + "\"gc_pct\":%.2f,\"heap_used_bytes\":%d,\"heap_max_bytes\":1073741824%s}",
                    RunFixture.START + s * 1000L,
                    processors,
                    cores.applyAsDouble(s),
                    hostPct.applyAsDouble(s),
                    gcPct.applyAsDouble(s),
                    300_000_000L + s * 1_000_000L,
                    host == null ? "" : ",\"host\":\"" + host + "\""));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private RunFixture runReading(String baseUrl) {
        RunFixture run = RunFixture.healthy();
        run.injectors.addAll(InjectorLoads.read(runDir, baseUrl));
        return run;
    }

    @Test
    void aHealthyInjectorRaisesNothingAndTheRunStaysHealthy() throws IOException {
        // 0.6 of 2 cores, the host 55% busy with the target on it, 1% GC; the JIT warm-up of the first
        // 4 seconds pins both cores, too short to count.
        writeSamples(runDir.resolve("injector.jsonl"), 2, s -> s <= 4 ? 1.95 : 0.6, s -> s <= 4 ? 99 : 55, s -> 1);

        RunFixture run = runReading(LOCAL_TARGET);

        assertThat(run.injectors).hasSize(1);
        assertThat(RuleFindings.of(run, RULE)).isEmpty();
        assertThat(run.analyze().status()).isEqualTo(Status.HEALTHY);
    }

    @Test
    void theJitWarmUpOfAShortRunIsNotJudged() throws IOException {
        // A 20 s CI run: both JVMs compile for the first 6 seconds, then the host is at 40%.
        writeSamples(
                runDir.resolve("injector.jsonl"), 20, 2, s -> s <= 6 ? 1.9 : 0.3, s -> s <= 6 ? 99 : 40, s -> 1, null);

        assertThat(RuleFindings.of(runReading(LOCAL_TARGET), RULE)).isEmpty();
    }

    @Test
    void anInjectorUsingAllItsCoresIsCpuBoundAndOutranksTheTargetsFindings() throws IOException {
        writeSamples(runDir.resolve("injector.jsonl"), 2, s -> s < 10 ? 1.0 : 1.9, s -> 97, s -> 2);
        RunFixture run = runReading(LOCAL_TARGET);
        run.series("cpu", "percent", s -> 95);

        Analysis analysis = run.analyze();
        Finding f = RuleFindings.of(run, RULE).get(0);

        assertThat(RuleFindings.of(run, RULE))
                .as("CPU-bound says it all; no second host finding")
                .hasSize(1);
        assertThat(f.id()).isEqualTo("injector_bottleneck.injector.cpu");
        assertThat(f.category()).isEqualTo(Category.INJECTOR);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.title()).isEqualTo("Injector CPU-bound: injector used 95% of its 2 processors");
        assertThat(f.detail()).contains("51 of 55 one-second samples", "same host", "injector.jsonl");
        assertThat(f.nextAction()).contains("Add injectors");
        Evidence e = RuleFindings.evidence(f, "injector_bottleneck.injector.cpu");
        assertThat(e.fromMs()).isEqualTo(RunFixture.START + 10_000);
        assertThat(e.toMs()).isEqualTo(RunFixture.START + 60_000);
        assertThat(e.values())
                .containsEntry("mean_pct", 95.0)
                .containsEntry("threshold_pct", 85.0)
                .containsEntry("samples_over", 51.0)
                .containsEntry("processors", 2.0);
        assertThat(analysis.findings())
                .extracting(Finding::id)
                .as("the target's CPU finding comes after the injector's")
                .startsWith("injector_bottleneck.injector.cpu", "cpu_saturation.cpu");
    }

    /** The case: a mixed run at 3,337 req/s on a 2-core host shared by injector and target. */
    @Test
    void aHostSharedWithTheTargetAndOutOfCpuIsNamedBeforeTheMissedSlo() throws IOException {
        writeSamples(runDir.resolve("injector.jsonl"), 2, s -> 1.1, s -> 98.5, s -> 1.5);
        RunFixture run = runReading("http://127.0.0.1:8375");
        run.slos.set(0, new Slo(SloMetric.P95_MS, Slo.GLOBAL, 100));

        Analysis analysis = run.analyze();
        Finding f = analysis.findings().get(0);

        assertThat(f.id()).isEqualTo("injector_bottleneck.injector.host_cpu");
        assertThat(f.title())
                .isEqualTo("Injector's host out of CPU: 98.5% of its 2 processors busy while injector ran");
        assertThat(f.detail()).contains("55 of 55", "The target runs on the same host", "measured the host");
        assertThat(f.nextAction()).contains("separate machines", "add injectors");
        assertThat(analysis.findings()).extracting(Finding::id).contains("slo_breach.global.p95_ms");
        assertThat(analysis.status()).as("the missed SLO still fails the run").isEqualTo(Status.CRITICAL);
    }

    @Test
    void aSaturatedHostWithARemoteTargetBlamesTheInjectorsHostNotTheTarget() throws IOException {
        writeSamples(runDir.resolve("injector.jsonl"), 4, s -> 0.8, s -> 95, s -> 1);

        Finding f = RuleFindings.of(runReading(REMOTE_TARGET), RULE).get(0);

        assertThat(f.id()).isEqualTo("injector_bottleneck.injector.host_cpu");
        assertThat(f.detail()).contains("Something else on the injector's host").doesNotContain("same host");
        assertThat(f.nextAction()).contains("host (or a CPU limit) of its own");
    }

    @Test
    void anInjectorPausingForGcIsGcBound() throws IOException {
        writeSamples(runDir.resolve("injector.jsonl"), 2, s -> 0.7, s -> 50, s -> s > 30 ? 18 : 3);

        List<Finding> findings = RuleFindings.of(runReading(LOCAL_TARGET), RULE);

        assertThat(findings).extracting(Finding::id).containsExactly("injector_bottleneck.injector.gc");
        assertThat(findings.get(0).title()).isEqualTo("Injector GC-bound: injector spent 18% of its time in GC pauses");
        assertThat(findings.get(0).detail()).contains("30 of 55", "heap up to 33.53% of its maximum");
    }

    @Test
    void eachOfSeveralInjectorsIsJudgedOnItsOwnSamples() throws IOException {
        writeSamples(runDir.resolve("injector-0/injector.jsonl"), 4, s -> 1.2, s -> 40, s -> 1);
        writeSamples(runDir.resolve("injector-1/injector.jsonl"), 4, s -> 3.8, s -> 96, s -> 1);
        writeSamples(runDir.resolve("injector-2/injector.jsonl"), 4, s -> 1.1, s -> 35, s -> 1);

        RunFixture run = runReading(REMOTE_TARGET);

        assertThat(run.injectors)
                .extracting(InjectorLoad::injector)
                .containsExactly("injector-0", "injector-1", "injector-2");
        assertThat(RuleFindings.of(run, RULE))
                .extracting(Finding::id)
                .containsExactly("injector_bottleneck.injector-1.cpu");
        assertThat(RuleFindings.of(run, RULE).get(0).title())
                .isEqualTo("Injector CPU-bound: injector-1 used 95% of its 4 processors");
    }

    @Test
    void injectorsSharingOneSaturatedHostGiveOneFindingForThatHost() throws IOException {
        // make stress-distributed on one machine: injectors 0 and 1 on perf-1, out of CPU; injector 2 on perf-2.
        writeSamples(runDir.resolve("injector-0/injector.jsonl"), 60, 2, s -> 0.7, s -> 96, s -> 1, "perf-1");
        writeSamples(
                runDir.resolve("injector-1/injector.jsonl"), 60, 2, s -> 0.6, s -> s > 20 ? 96 : 70, s -> 1, "perf-1");
        writeSamples(runDir.resolve("injector-2/injector.jsonl"), 60, 2, s -> 0.7, s -> 50, s -> 1, "perf-2");

        List<Finding> findings = RuleFindings.of(runReading(LOCAL_TARGET), RULE);

        assertThat(findings).extracting(Finding::id).containsExactly("injector_bottleneck.injector-0.host_cpu");
        assertThat(findings.get(0).title())
                .isEqualTo("Injector's host out of CPU: 96% of its 2 processors busy while injector-0, injector-1 ran");
        assertThat(findings.get(0).detail()).contains("55 of 55");
    }

    @Test
    void aRunWithoutSelfSamplesHasNoInjectorsAndNoFinding() {
        RunFixture run = runReading(LOCAL_TARGET);

        assertThat(run.injectors).isEmpty();
        assertThat(RuleFindings.of(run, RULE)).isEmpty();
    }

    @Test
    void figuresThePlatformDoesNotGiveAreLeftOutNotCountedAsZero() throws IOException {
        Path file = runDir.resolve("injector.jsonl");
        List<String> lines = new ArrayList<>();
        for (int s = 1; s <= 20; s++) {
            lines.add("{\"epoch_ms\":" + (RunFixture.START + s * 1000L) + ",\"processors\":1,"
                    + "\"process_cpu_cores\":0.95,\"host_cpu_pct\":null,\"gc_pct\":null,"
                    + "\"heap_used_bytes\":1000,\"heap_max_bytes\":null}");
        }
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertThat(RuleFindings.of(runReading(REMOTE_TARGET), RULE))
                .extracting(Finding::title)
                .containsExactly("Injector CPU-bound: injector used 95% of its 1 processor");
    }

    @Test
    void aLastLineCutShortIsLeftOutAndAnyOtherBadLineIsNamed() throws IOException {
        Path file = runDir.resolve("injector.jsonl");
        writeSamples(file, 2, s -> 0.5, s -> 40, s -> 1);
        Files.writeString(
                file, "{\"epoch_ms\":17637876", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThat(InjectorLoads.read(runDir, LOCAL_TARGET).get(0).samples()).hasSize(60);

        Files.writeString(file, "not json\n" + Files.readString(file), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> InjectorLoads.read(runDir, LOCAL_TARGET))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + " line 1: expected one injector sample as a JSON object");
    }

    @Test
    void onlyLoopbackTargetsShareTheInjectorsHost() {
        assertThat(InjectorLoads.isLoopback("http://localhost:8375")).isTrue();
        assertThat(InjectorLoads.isLoopback("http://127.0.0.2:80/api")).isTrue();
        assertThat(InjectorLoads.isLoopback("http://[::1]:8080")).isTrue();
        assertThat(InjectorLoads.isLoopback("http://10.0.0.7:8080")).isFalse();
        assertThat(InjectorLoads.isLoopback("http://socialapp.default.svc:8080"))
                .isFalse();
        assertThat(InjectorLoads.isLoopback("not a url")).isFalse();
    }
}
