package dev.stressgate.report.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Any character in any field keeps junit.xml well-formed; run directory names never become live links. */
class HostileNamesRenderSafelyTest {
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @TempDir
    Path root;

    @Test
    void aNulAndOtherControlCharactersInRunJsonLeaveJunitXmlWellFormed() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        Path runJson = fixture.runDir.resolve("run.json");
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(runJson.toFile());
        run.put("base_url", "http://127.0.0.1:8375/\u0000\u0001\u001b[31m\uFFFE");
        run.put("simulation", "Sim\u0007");
        Files.writeString(runJson, run.toString().replace("Sim\\u0007", "Sim\\u0007\\ud800"));

        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());

        byte[] junit = Files.readAllBytes(fixture.runDir.resolve("junit.xml"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(junit));
        String target = xml.getDocumentElement()
                .getElementsByTagName("property")
                .item(2)
                .getAttributes()
                .getNamedItem("value")
                .getNodeValue();
        assertThat(target).isEqualTo("http://127.0.0.1:8375/\uFFFD\uFFFD\uFFFD[31m\uFFFD");
    }

    @Test
    void aRunDirectoryNamedLikeAJavascriptUrlIsLinkedAsARelativePath() throws Exception {
        RunDirFixture fixture = RunDirFixture.create(root);
        new ReportPipeline(fixture.settings(false), line -> {}).run(fixture.runDir, Optional.empty());
        for (String hostile : List.of("javascript:alert(document.domain)", "data:text,x", "https:evil.example")) {
            Path copy = Files.createDirectories(fixture.artifactDir.resolve(hostile));
            Files.copy(fixture.runDir.resolve("run.json"), copy.resolve("run.json"));
            Files.writeString(copy.resolve("report.html"), "<p>x</p>");
        }

        Path index = ReportPipeline.refreshIndex(fixture.artifactDir);

        String html = Files.readString(index);
        Matcher href = HREF.matcher(html);
        int links = 0;
        while (href.find()) {
            links++;
            assertThat(href.group(1)).as("every link is relative to the index").startsWith("./");
        }
        assertThat(links).isEqualTo(4);
        assertThat(html)
                .contains("href=\"./javascript:alert(document.domain)/report.html\"")
                .doesNotContain("href=\"javascript:");
    }
}
