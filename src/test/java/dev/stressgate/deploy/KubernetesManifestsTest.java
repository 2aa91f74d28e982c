package dev.stressgate.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.stressgate.report.sources.testing.ExternalTool;
import dev.stressgate.simulations.GatlingLauncher;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * deploy/kubernetes, rendered offline as make k8s-run renders it ({@code scripts/k8s-run.sh render}, then
 * {@link KustomizeRendering}, or {@code kubectl kustomize} where kubectl is installed) and every object validated
 * against the Kubernetes API schema ({@link KubernetesSchema}): the Indexed Job, its run ConfigMap, the profile
 * ConfigMap, the results volume and the gather pod, plus the injector contract they implement.
 */
class KubernetesManifestsTest {
    private static final Path BASE = Path.of("deploy/kubernetes/base");
    private static final Path GATHER = Path.of("deploy/kubernetes/gather");
    private static final String TARGET = "http://socialapp.staging.svc:8375";
    private static final String IMAGE = "registry.example.com/perf/stressgate:1.4.0";

    @TempDir
    Path tmp;

    private static Process script(Path log, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "scripts/k8s-run.sh"));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    private Path renderOverlay(String name, Map<String, String> env) throws Exception {
        Path dir = tmp.resolve(name);
        Path log = tmp.resolve(name + ".log");
        Process render = script(log, env, "render", dir.toString());
        assertThat(render.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).as(Files.readString(log)).isZero();
        return dir;
    }

    private Path threeInjectors() throws Exception {
        return renderOverlay(
                "three",
                Map.of(
                        "INJECTORS",
                        "3",
                        "PROFILE",
                        "smoke",
                        "BASE_URL",
                        TARGET,
                        "IMAGE",
                        IMAGE,
                        "START_DELAY_S",
                        "90"));
    }

    @Test
    void everyRenderedObjectMatchesTheKubernetesApiSchema() throws Exception {
        List<ObjectNode> objects = new ArrayList<>(KustomizeRendering.render(threeInjectors()));
        objects.addAll(KustomizeRendering.render(GATHER));

        assertThat(objects)
                .extracting(o -> o.path("kind").asText() + "/"
                        + o.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder(
                        "PersistentVolumeClaim/stressgate-results",
                        "Job/stressgate-injector",
                        "ConfigMap/stressgate-run",
                        "ConfigMap/stressgate-profile",
                        "Pod/stressgate-results-reader");
        objects.forEach(o -> KubernetesSchema.validate(o, "rendered run overlay"));
    }

    @Test
    void theJobRunsOneInjectorPerIndexWithTheContractsEnvironment() throws Exception {
        Map<String, ObjectNode> objects = KustomizeRendering.byKindAndName(KustomizeRendering.render(threeInjectors()));
        Job job = (Job) KubernetesSchema.validate(objects.get("Job/stressgate-injector"), "job");
        ConfigMap run = (ConfigMap) KubernetesSchema.validate(objects.get("ConfigMap/stressgate-run"), "run");
        ConfigMap profile = (ConfigMap) KubernetesSchema.validate(objects.get("ConfigMap/stressgate-profile"), "p");
        PersistentVolumeClaim results = (PersistentVolumeClaim)
                KubernetesSchema.validate(objects.get("PersistentVolumeClaim/stressgate-results"), "pvc");

        assertThat(job.getSpec().getCompletionMode()).isEqualTo("Indexed");
        assertThat(job.getSpec().getParallelism()).isEqualTo(3);
        assertThat(job.getSpec().getCompletions()).isEqualTo(3);
        assertThat(job.getSpec().getBackoffLimitPerIndex())
                .as("a late retry would be refused")
                .isZero();
        PodSpec pod = job.getSpec().getTemplate().getSpec();
        assertThat(pod.getRestartPolicy()).isEqualTo("Never");
        Container injector = pod.getContainers().get(0);
        assertThat(injector.getImage()).isEqualTo(IMAGE);

        assertThat(run.getData())
                .containsEntry("INJECTOR_COUNT", "3")
                .containsEntry("BASE_URL", TARGET)
                .containsOnlyKeys("INJECTOR_COUNT", "RUN_ID", "RUN_START_AT", "BASE_URL");
        assertThat(run.getData().get("RUN_ID")).matches("\\d{8}T\\d{6}Z-smoke");
        assertThat(Instant.parse(run.getData().get("RUN_START_AT"))).isAfter(Instant.now());
        assertThat(injector.getEnvFrom())
                .singleElement()
                .satisfies(
                        source -> assertThat(source.getConfigMapRef().getName()).isEqualTo("stressgate-run"));

        Map<String, EnvVar> env = injector.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, e -> e));
        assertThat(env.get("INJECTOR_INDEX").getValueFrom().getFieldRef().getFieldPath())
                .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
        assertThat(env.get("ARTIFACT_DIR").getValue()).isEqualTo(mountOf(injector, pod, "stressgate-results"));
        assertThat(env.get("PROFILE").getValue())
                .isEqualTo(mountOf(injector, pod, "stressgate-profile") + "/profile.json");
        assertThat(profile.getData()).containsOnlyKeys("profile.json");
        assertThat(profile.getData().get("profile.json")).isEqualTo(Files.readString(Path.of("profiles/smoke.json")));
        assertThat(results.getSpec().getAccessModes()).containsExactly("ReadWriteMany");

        String metricsPort = env.get("INJECTOR_METRICS_PORT").getValue();
        assertThat(env.get("INJECTOR_METRICS_HOST").getValue())
                .as("bound on every interface, so the annotated port is reachable at the pod's IP")
                .isEqualTo("0.0.0.0");
        assertThat(job.getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", metricsPort);
        assertThat(injector.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("injector-metrics");
            assertThat(port.getContainerPort()).isEqualTo(Integer.parseInt(metricsPort));
        });
        Map<String, Quantity> requests = injector.getResources().getRequests();
        assertThat(requests).containsOnlyKeys("cpu", "memory");
        assertThat(injector.getResources().getLimits())
                .as("requests = limits: Guaranteed QoS")
                .isEqualTo(requests);
    }

    /** The mount path of the volume backed by the PVC or ConfigMap {@code source}. */
    private static String mountOf(Container container, PodSpec pod, String source) {
        Volume volume = pod.getVolumes().stream()
                .filter(v -> (v.getPersistentVolumeClaim() != null
                                && v.getPersistentVolumeClaim().getClaimName().equals(source))
                        || (v.getConfigMap() != null
                                && v.getConfigMap().getName().equals(source)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume from " + source));
        return container.getVolumeMounts().stream()
                .filter(m -> m.getName().equals(volume.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("volume " + volume.getName() + " is not mounted"))
                .getMountPath();
    }

    @Test
    void anUnknownFieldOrAWrongTypeFailsValidation() throws Exception {
        Path copy = tmp.resolve("deploy/kubernetes/base");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(BASE)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path job = copy.resolve("injector-job.yaml");
        String original = Files.readString(job);

        Files.writeString(job, original.replace("backoffLimitPerIndex: 0", "backoffLimitPerIndx: 0"));
        ObjectNode typo = KustomizeRendering.byKindAndName(KustomizeRendering.render(copy))
                .get("Job/stressgate-injector");
        assertThatThrownBy(() -> KubernetesSchema.validate(typo, job.toString()))
                .hasMessageContaining("Unrecognized field \"backoffLimitPerIndx\"")
                .hasMessageContaining("stressgate-injector");

        Files.writeString(job, original.replace("imagePullPolicy: IfNotPresent", "pullPolicy: IfNotPresent"));
        ObjectNode nested = KustomizeRendering.byKindAndName(KustomizeRendering.render(copy))
                .get("Job/stressgate-injector");
        assertThatThrownBy(() -> KubernetesSchema.validate(nested, job.toString()))
                .hasMessageContaining("Unrecognized field \"pullPolicy\"")
                .hasMessageContaining("containers");

        Files.writeString(job, original.replace("activeDeadlineSeconds: 14400", "activeDeadlineSeconds: four hours"));
        ObjectNode wrongType = KustomizeRendering.byKindAndName(KustomizeRendering.render(copy))
                .get("Job/stressgate-injector");
        assertThatThrownBy(() -> KubernetesSchema.validate(wrongType, job.toString()))
                .hasMessageContaining("activeDeadlineSeconds");

        ObjectNode service =
                new YAMLMapper().createObjectNode().put("apiVersion", "v1").put("kind", "Service");
        assertThatThrownBy(() -> KubernetesSchema.validate(service, "x.yaml"))
                .hasMessageContaining("v1/Service is not one this project deploys");
    }

    @Test
    void aKustomizationFieldTheTestDoesNotRenderIsRefusedNotIgnored() throws Exception {
        Path dir = tmp.resolve("patched");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\npatches:\n  - path: p.yaml\n");

        assertThatThrownBy(() -> KustomizeRendering.render(dir))
                .hasMessageContaining("field 'patches' is not rendered");
    }

    @Test
    void kubectlKustomizeRendersTheSameObjectsWhereKubectlIsInstalled() throws Exception {
        assumeThat(ExternalTool.onPath("kubectl").isPresent())
                .as("kubectl on PATH (the Java rendering covers its absence)")
                .isTrue();
        Path dir = threeInjectors();
        List<ObjectNode> byKubectl = new ArrayList<>(kubectlKustomize(dir));
        byKubectl.forEach(o -> KubernetesSchema.validate(o, "kubectl kustomize " + dir));

        Map<String, JsonNode> kubectl = normalized(byKubectl);
        Map<String, JsonNode> java = normalized(KustomizeRendering.render(dir));
        assertThat(kubectl).isEqualTo(java);
    }

    /** Objects by kind/name, with the generated ConfigMaps' hash suffix (kubectl only) taken out. */
    private static Map<String, JsonNode> normalized(List<ObjectNode> objects) {
        YAMLMapper mapper = new YAMLMapper();
        return KustomizeRendering.byKindAndName(objects).entrySet().stream()
                .collect(Collectors.toMap(e -> withoutHash(e.getKey()), e -> {
                    try {
                        return mapper.readTree(withoutHash(e.getValue().toString()));
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }));
    }

    private static String withoutHash(String text) {
        return text.replaceAll("(stressgate-(run|profile))-[a-z0-9]{10}", "$1");
    }

    private List<ObjectNode> kubectlKustomize(Path dir) throws Exception {
        Path out = tmp.resolve("kubectl.yaml");
        Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                .redirectOutput(out.toFile())
                .redirectError(tmp.resolve("kubectl.err").toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as(Files.readString(tmp.resolve("kubectl.err")))
                .isZero();
        List<ObjectNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> it =
                new YAMLMapper().readerFor(JsonNode.class).readValues(out.toFile())) {
            it.forEachRemaining(node -> objects.add((ObjectNode) node));
        }
        return objects;
    }

    @Test
    void k8sRunSaysKubectlIsMissingWhenItIs() throws Exception {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        for (String tool : List.of("bash", "date", "realpath", "sed", "cp", "mkdir", "dirname", "basename")) {
            Files.createSymbolicLink(
                    bin.resolve(tool),
                    ExternalTool.onPath(tool).orElseThrow(() -> new AssertionError(tool + " not on PATH")));
        }
        Path log = tmp.resolve("run.log");
        Process run = script(
                log, Map.of("PATH", bin.toString(), "BASE_URL", TARGET, "PROFILE", "smoke", "INJECTORS", "2"), "run");

        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .startsWith("error: kubectl is not installed; make k8s-run needs kubectl pointed at a cluster");
    }

    @Test
    void aLoopbackTargetIsRefusedBecauseInAPodItIsThePodItself() throws Exception {
        Path log = tmp.resolve("loopback.log");
        Process render = script(
                log,
                Map.of("BASE_URL", "http://localhost:8375", "PROFILE", "smoke"),
                "render",
                tmp.resolve("loopback").toString());

        assertThat(render.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(render.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log, StandardCharsets.UTF_8))
                .startsWith("error: BASE_URL http://localhost:8375 is a loopback address");
        assertThat(tmp.resolve("loopback")).doesNotExist();
    }

    @Test
    void theImagesEntryPointIsTheLauncher() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File("pom.xml"));
        String mainClass = XPathFactory.newInstance()
                .newXPath()
                .evaluate(
                        "//profile[id='image']//plugin[artifactId='jib-maven-plugin']/configuration/container/mainClass",
                        pom);

        assertThat(mainClass).isEqualTo(GatlingLauncher.class.getName());
    }
}
