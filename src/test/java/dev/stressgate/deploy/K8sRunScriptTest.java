package dev.stressgate.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/k8s-run.sh run} (make k8s-run) against a stand-in {@code kubectl} that records its arguments and
 * answers like a cluster whose Job finished: the order of the calls, the run id threaded through them, and the
 * gathered run directory handed to the report step.
 */
class K8sRunScriptTest {
    private static final String FAKE_KUBECTL = """
            #!/usr/bin/env bash
            echo "$*" >>"$KUBECTL_LOG"
            case "$1 $2" in
              "get job") printf 'FailureTarget Failed ' ;;
              "get pods") printf '    injector-0: 0\\n    injector-1: 1\\n    injector-2: 2\\n' ;;
              "cp "*) mkdir -p "$3/injector-0" && echo '{}' >"$3/injector-0/run.json" ;;
            esac
            """;

    @TempDir
    Path tmp;

    @Test
    void appliesWaitsGathersAndHandsTheRunDirectoryOn() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path kubectl = bin.resolve("kubectl");
        Files.writeString(kubectl, FAKE_KUBECTL);
        Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path calls = tmp.resolve("kubectl.log");
        Path artifacts = tmp.resolve("runs");
        Path runDirFile = tmp.resolve("run-dir.txt");
        Path output = tmp.resolve("output.log");

        ProcessBuilder builder = new ProcessBuilder("bash", "scripts/k8s-run.sh", "run")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("KUBECTL_LOG", calls.toString());
        builder.environment().put("INJECTORS", "3");
        builder.environment().put("PROFILE", "smoke");
        builder.environment().put("BASE_URL", "http://socialapp.perf.svc:8375");
        builder.environment().put("IMAGE", "registry.example.com/stressgate:2.0");
        builder.environment().put("POLL_S", "1");
        builder.environment().put("K8S_WORK_DIR", tmp.resolve("k8s").toString());
        builder.environment().put("ARTIFACT_DIR", artifacts.toString());
        builder.environment().put("RUN_DIR_FILE", runDirFile.toString());
        Process run = builder.start();

        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as(out).isZero();
        String runDir = Files.readString(runDirFile).trim();
        assertThat(Path.of(runDir).getParent()).isEqualTo(artifacts);
        String runId = Path.of(runDir).getFileName().toString();
        assertThat(runId).matches("\\d{8}T\\d{6}Z-smoke");
        assertThat(Path.of(runDir, "injector-0", "run.json")).exists();
        Path overlay = tmp.resolve("k8s").resolve(runId);
        assertThat(overlay.resolve("kustomization.yaml")).content().contains("INJECTOR_COUNT=3", "RUN_ID=" + runId);

        List<String> lines = Files.readAllLines(calls);
        assertThat(lines.get(0)).startsWith("version --request-timeout=");
        assertThat(lines.subList(1, 4))
                .containsExactly(
                        "delete job stressgate-injector --ignore-not-found --wait=true",
                        "apply -k " + overlay,
                        "get job stressgate-injector -o jsonpath={range .status.conditions[?(@.status==\"True\")]}"
                                + "{.type}{\" \"}{end}");
        assertThat(lines.get(4)).startsWith("get pods -l job-name=stressgate-injector -o jsonpath=");
        assertThat(lines.subList(5, lines.size()))
                .containsExactly(
                        "delete pod stressgate-results-reader --ignore-not-found --wait=true",
                        "apply -k " + overlay.resolve("gather"),
                        "wait --for=condition=Ready pod/stressgate-results-reader --timeout=300s",
                        "cp stressgate-results-reader:/results/" + runId + " " + runDir,
                        "delete pod stressgate-results-reader --wait=false");
        assertThat(overlay.resolve("gather/kustomization.yaml"))
                .content()
                .contains("newName: registry.example.com/stressgate", "newTag: \"2.0\"");
        assertThat(out)
                .contains("3 injector(s)", "Job stressgate-injector: FailureTarget Failed", "injector-2: 2")
                .contains("note: the Job failed");
    }
}
