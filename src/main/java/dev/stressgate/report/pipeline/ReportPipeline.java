package dev.stressgate.report.pipeline;

import dev.stressgate.profile.LoadProfile;
import dev.stressgate.report.ai.AiAnalysis;
import dev.stressgate.report.ai.AiAnalysisJson;
import dev.stressgate.report.ai.OllamaAnalyst;
import dev.stressgate.report.analysis.Analysis;
import dev.stressgate.report.analysis.AnalysisEngine;
import dev.stressgate.report.analysis.AnalysisInput;
import dev.stressgate.report.analysis.AnalysisInputs;
import dev.stressgate.report.analysis.AnalysisThresholds;
import dev.stressgate.report.analysis.Baseline;
import dev.stressgate.report.analysis.BaselineChoice;
import dev.stressgate.report.analysis.BaselineLocator;
import dev.stressgate.report.analysis.ClientSnapshots;
import dev.stressgate.report.analysis.InjectorLoad;
import dev.stressgate.report.analysis.InjectorLoads;
import dev.stressgate.report.analysis.ServerSeriesMapping;
import dev.stressgate.report.gatling.FlowTransports;
import dev.stressgate.report.gatling.RecordTimeBounds;
import dev.stressgate.report.gatling.RunSummary;
import dev.stressgate.report.gatling.SimulationLogException;
import dev.stressgate.report.gatling.SimulationLogSummarizer;
import dev.stressgate.report.gatling.SummaryWriter;
import dev.stressgate.report.render.IndexRenderer;
import dev.stressgate.report.render.ReportRenderer;
import dev.stressgate.report.render.ReportViewAssembler;
import dev.stressgate.report.render.RunIndexBuilder;
import dev.stressgate.report.render.view.ReportView;
import dev.stressgate.report.sources.RunWindow;
import dev.stressgate.report.sources.SourceHealth;
import dev.stressgate.report.sources.logs.LogCollector;
import dev.stressgate.report.sources.logs.LogReport;
import dev.stressgate.report.sources.logs.Redactor;
import dev.stressgate.report.sources.metrics.MetricQueryCatalog;
import dev.stressgate.report.sources.metrics.MetricsCollector;
import dev.stressgate.report.sources.metrics.MetricsReport;
import dev.stressgate.report.sources.metrics.SeriesCoverage;
import dev.stressgate.run.RunDirectory;
import dev.stressgate.run.RunMetadata;
import dev.stressgate.run.RunMetadataFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Ties one run directory to all its artifacts: run.json and profile.json in; summary.json, metrics.json,
 * logs.json, ai-analysis.json, report.html/md/txt and junit.xml out; then the run index is refreshed. The run is
 * compared with the {@code --baseline} directory when one is given, else with the previous reported run of the same
 * profile beside it ({@link BaselineLocator#previous}). Server CPU is judged against {@link ReportSettings#serverCores()}.
 * An
 * unusable run (no or invalid run.json or profile.json, no or corrupt simulation.log) stops it before anything is
 * written; any other missing or broken source is recorded as degraded and the report is written anyway. The
 * artifacts replace the previous ones as a set ({@link ArtifactStaging}).
 */
public final class ReportPipeline {
    private final ReportSettings settings;
    private final Consumer<String> progress;

    /** @param progress receives one line per step, e.g. for stdout */
    public ReportPipeline(ReportSettings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** What the report step produced for one run. */
    public record Result(Path runDir, AiAnalysis analysis, List<Path> artifacts) {
        public Result {
            artifacts = List.copyOf(artifacts);
        }
    }

    public Result run(Path runDir, Optional<Path> baselineDir) throws UnusableInputException {
        return run(runDir, new ReportOptions(baselineDir, false, false));
    }

    public Result run(Path runDir, ReportOptions options) throws UnusableInputException {
        if (!Files.isDirectory(runDir)) {
            throw new UnusableInputException("run directory " + runDir.toAbsolutePath() + " does not exist");
        }
        recoverStaging(runDir);
        Optional<SharedRun> shared = SharedRun.at(runDir);
        RunMetadata run = shared.isPresent() ? shared.get().merged() : VerdictInputReader.run(runDir);
        LoadProfile profile = shared.isPresent() ? shared.get().profile() : VerdictInputReader.profile(runDir);

        List<Path> logs = shared.isPresent() ? shared.get().simulationLogs() : simulationLogs(runDir);
        progress.accept("==> parsing Gatling results: " + logs.size() + " simulation.log under " + runDir);
        RunSummary summary = summarize(
                        logs, new RunTimeBounds(Clock.systemUTC()).of(run, logs), new FlowTransports(run.workload()))
                .withRealtime(VerdictInputReader.realtime(runDir).orElse(null));
        if (shared.isPresent()) {
            summary = summary.withInjectorRuns(shared.get().injectorRuns(summary.injectors()));
        }
        try (ArtifactStaging staging = ArtifactStaging.open(runDir)) {
            if (shared.isPresent()) {
                writeMergedRun(staging.dir(), run, shared.get(), summary);
            }
            Path scrapeDir = shared.isPresent() ? shared.get().scrapeDir() : runDir;
            Result result = report(runDir, scrapeDir, staging, run, profile, summary, options);
            progress.accept("==> report: " + runDir.resolve(ReportRenderer.HTML));
            return result;
        } catch (IOException e) {
            throw new UnusableInputException(
                    "cannot stage or place the artifacts in " + runDir + ": " + e.getMessage(), e);
        }
    }

    /** Writes every artifact into the staging directory, places them as a set, then refreshes the index. */
    private Result report(
            Path runDir,
            Path scrapeDir,
            ArtifactStaging staging,
            RunMetadata run,
            LoadProfile profile,
            RunSummary summary,
            ReportOptions options)
            throws UnusableInputException, IOException {
        Path staged = staging.dir();
        write(() -> new SummaryWriter().writeInto(staged, summary));
        progress.accept("    " + summary.global().count() + " requests, "
                + summary.global().ko() + " KO");

        long end = run.endEpochMs() != null ? run.endEpochMs() : summary.endEpochMs();
        RunWindow window = new RunWindow(run.startEpochMs(), Math.max(run.startEpochMs(), end));

        progress.accept("==> collecting server metrics (Prometheus "
                + settings.metrics().prometheusUrl() + ", else scrape.jsonl)");
        StoredSourceAnswers stored = new StoredSourceAnswers(runDir, options.refreshSources(), progress);
        OptionalSources optional = new OptionalSources(settings);
        MetricsReport metrics = optional.metrics(stored.metrics(window, () -> collectMetrics(window, scrapeDir)));
        write(() -> {
            metrics.writeTo(staged);
            return staged.resolve(MetricsReport.FILE_NAME);
        });
        progress.accept("    metrics source: " + metrics.source());

        progress.accept("==> collecting logs (Loki " + settings.logs().lokiUrl() + ", else "
                + settings.logs().logFile() + ")");
        LogReport logs = optional.logs(stored.logs(window, () -> collectLogs(window)));
        write(() -> {
            logs.writeTo(staged);
            return staged.resolve(LogReport.FILE_NAME);
        });
        progress.accept("    log source: " + logs.source());

        Optional<Baseline> baseline = chooseBaseline(runDir, run, options);
        List<InjectorLoad> injectorLoads = injectorLoads(runDir, run);
        AnalysisInput input = new AnalysisInputs(new ServerSeriesMapping(settings.serverCores()))
                .assemble(run, profile, summary, metrics, logs, baseline)
                .withInjectors(injectorLoads);
        Analysis analysis = AnalysisEngine.standard(
                        AnalysisThresholds.defaults().withBaseline(settings.baselineTolerance()))
                .analyze(input);
        progress.accept("==> analysis: deterministic status " + analysis.status()
                + (settings.ollama().enabled()
                        ? "; asking " + settings.ollama().model() + " at "
                                + settings.ollama().url()
                        : "; AI disabled"));
        AiAnalysis ai =
                optional.model(new OllamaAnalyst(settings.ollama(), new Redactor()::redact).analyze(analysis, input));
        write(() -> new AiAnalysisJson().write(staged, ai));
        progress.accept("    final status " + ai.status() + " (model: "
                + ai.model().outcome().json() + ")");

        progress.accept("==> rendering report.html, report.md, report.txt, junit.xml");
        ReportView view = new ReportViewAssembler().assemble(runDir, run, summary, metrics, logs, ai, injectorLoads);
        try {
            ReportRenderer.withDefaults().writeTo(staged, view);
        } catch (IOException e) {
            throw new UnusableInputException("cannot write the report files into " + staged + ": " + e.getMessage(), e);
        }
        List<Path> artifacts = new ArrayList<>(staging.commit());
        artifacts.add(refreshIndex(settings.artifactDir()));
        return new Result(runDir, ai, artifacts);
    }

    /**
     * A shared run's run.json and profile.json at its top, so the gate, the index and the next run's baseline read
     * it like any run; and one line per injector that did not deliver its part.
     */
    private void writeMergedRun(Path staged, RunMetadata run, SharedRun shared, RunSummary summary)
            throws UnusableInputException, IOException {
        progress.accept("    " + shared.expectedCount() + " injectors, merged");
        summary.injectorRuns().stream()
                .filter(injector -> !injector.healthy())
                .forEach(injector -> progress.accept("    injector " + injector.index() + " "
                        + injector.status().name().toLowerCase(Locale.ROOT) + ": " + injector.note()));
        RunDirectory merged = RunDirectory.at(staged);
        RunMetadataFile.write(merged.runJson(), run);
        Files.copy(RunDirectory.at(shared.profileDir()).profileJson(), merged.profileJson());
    }

    /** The injectors' self-samples; unreadable ones are told and left out, the report goes on without them. */
    private List<InjectorLoad> injectorLoads(Path runDir, RunMetadata run) {
        try {
            List<InjectorLoad> loads = InjectorLoads.read(runDir, run.baseUrl());
            progress.accept("    injector self-samples: " + loads.size() + " injector(s)");
            return loads;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            progress.accept("    note: injector self-samples left out: " + e.getMessage());
            return List.of();
        }
    }

    private static void recoverStaging(Path runDir) throws UnusableInputException {
        try {
            ArtifactStaging.recover(runDir);
        } catch (IOException e) {
            throw new UnusableInputException(
                    "cannot recover the staged artifacts in " + runDir + ": " + e.getMessage(), e);
        }
    }

    /** Rewrites {@code index.html} in the artifact directory from the run directories found there. */
    public static Path refreshIndex(Path artifactDir) throws UnusableInputException {
        List<Path> runs;
        try {
            runs = new RunDirectories(artifactDir).newestFirst();
        } catch (IOException e) {
            throw new UnusableInputException("cannot list " + artifactDir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        String name = artifactDir.toAbsolutePath().normalize().getFileName().toString();
        return write(() -> IndexRenderer.withDefaults().writeTo(artifactDir, new RunIndexBuilder().build(name, runs)));
    }

    static List<Path> simulationLogs(Path runDir) throws UnusableInputException {
        Path gatling = RunDirectory.at(runDir).gatlingResults();
        if (!Files.isDirectory(gatling)) {
            throw new UnusableInputException(
                    "no Gatling results: " + gatling + " does not exist (did the load test run?)");
        }
        try (Stream<Path> files = Files.walk(gatling)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().equals(RunDirectory.simulationLogName()))
                    .sorted()
                    .toList();
            if (logs.isEmpty()) {
                throw new UnusableInputException("no " + RunDirectory.simulationLogName() + " under " + gatling
                        + " (Gatling did not finish writing results, or the run was aborted before it started)");
            }
            return logs;
        } catch (IOException e) {
            throw new UnusableInputException("cannot list " + gatling + ": " + e.getMessage(), e);
        }
    }

    private static RunSummary summarize(List<Path> logs, RecordTimeBounds bounds, FlowTransports transports)
            throws UnusableInputException {
        try {
            return new SimulationLogSummarizer(transports).summarize(logs, bounds);
        } catch (SimulationLogException e) {
            throw new UnusableInputException("unusable simulation.log: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + logs + ": " + e.getMessage(), e);
        }
    }

    private MetricsReport collectMetrics(RunWindow window, Path runDir) {
        MetricQueryCatalog catalog;
        try {
            catalog = MetricQueryCatalog.load(settings.queriesFile());
        } catch (IOException e) {
            return noMetrics(window, "query catalog unusable: " + e.getMessage());
        }
        return new MetricsCollector(settings.metrics(), catalog).collect(window, runDir);
    }

    private static MetricsReport noMetrics(RunWindow window, String reason) {
        return new MetricsReport(
                MetricsReport.SCHEMA_VERSION,
                "none",
                window,
                0,
                List.of(SourceHealth.unavailable("metrics", reason)),
                List.of(),
                new SeriesCoverage(List.of(), List.of()),
                List.of());
    }

    private LogReport collectLogs(RunWindow window) {
        return new LogCollector(settings.logs()).collect(window);
    }

    /** An explicit baseline: its summary.json, else its simulation.log summarized (nothing is written there). */
    private static Baseline readBaseline(Path dir) throws UnusableInputException {
        if (Files.isRegularFile(RunDirectory.at(dir).summaryJson())) {
            try {
                return BaselineLocator.load(dir);
            } catch (IOException e) {
                throw new UnusableInputException("baseline " + dir + ": " + e.getMessage(), e);
            }
        }
        return new Baseline(
                dir.getFileName().toString(),
                ClientSnapshots.of(summarize(simulationLogs(dir), RecordTimeBounds.ANY, FlowTransports.undeclared())));
    }

    /**
     * The explicit baseline, none ({@code --no-baseline}), or the latest earlier run of the same target and profile
     * beside this one, preferring one that passed its gate ({@link BaselineLocator}); says which and why.
     */
    private Optional<Baseline> chooseBaseline(Path runDir, RunMetadata run, ReportOptions options)
            throws UnusableInputException {
        if (options.noBaseline()) {
            progress.accept("==> baseline: none (--no-baseline)");
            return Optional.empty();
        }
        if (options.baselineDir().isPresent()) {
            Baseline explicit = readBaseline(options.baselineDir().get());
            progress.accept("==> baseline: " + explicit.runId() + " (given with --baseline)");
            return Optional.of(explicit);
        }
        Path artifactDir = runDir.toAbsolutePath().normalize().getParent();
        BaselineChoice choice = new BaselineLocator(ReportPipeline::passedGate).previous(artifactDir, run);
        progress.accept("==> " + choice.reason());
        choice.skipped().forEach(s -> progress.accept("    skipped as baseline candidate: " + s));
        return choice.baseline();
    }

    /** Whether the reported run in {@code runDir} passed its gate, by its ai-analysis.json; false when unreadable. */
    private static boolean passedGate(Path runDir) {
        Path file = runDir.resolve(AiAnalysisJson.FILE_NAME);
        try {
            return Files.isRegularFile(file) && GateDecision.passes(new AiAnalysisJson().read(file));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private interface ArtifactWrite {
        Path write() throws IOException;
    }

    private static Path write(ArtifactWrite write) throws UnusableInputException {
        try {
            return write.write();
        } catch (IOException e) {
            throw new UnusableInputException("cannot write an artifact: " + e.getMessage(), e);
        }
    }
}
