package dev.stressgate.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.profile.Faults;
import dev.stressgate.profile.ProfileWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Turns a chaos profile's faults on at the target before the load and off after it, through the fault admin route
 * ({@code PUT <base url>/admin/faults}, the reference app's contract; it answers loopback callers only).
 */
public final class FaultSwitch {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI adminUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();

    public FaultSwitch(URI baseUrl) {
        this.adminUrl = baseUrl.resolve("/admin/faults");
    }

    public void apply(Faults faults) {
        put(new ProfileWriter().faultsJson(faults));
    }

    /** Switches every fault off (an empty settings object). */
    public void clear() {
        put(MAPPER.createObjectNode());
    }

    private void put(ObjectNode settings) {
        try {
            HttpRequest request = HttpRequest.newBuilder(adminUrl).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(settings)))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("PUT " + adminUrl + " answered HTTP " + response.statusCode()
                        + " (" + abbreviated(response.body()) + "); the profile's faults need the target's fault admin route");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise fault settings", e);
        } catch (IOException e) {
            throw new IllegalStateException("PUT " + adminUrl + " failed: " + e
                    + "; the profile's faults need the target's fault admin route", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + adminUrl, e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
