package dev.stressgate.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stressgate.profile.Faults;
import dev.stressgate.profile.ProfileWriter;
import dev.stressgate.run.http.HttpAnswer;
import dev.stressgate.run.http.OutboundFailure;
import dev.stressgate.run.http.OutboundHttp;
import dev.stressgate.run.http.OutboundHttpSettings;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Turns a chaos profile's faults on at the target before the load and off after it, through the fault admin route
 * ({@code PUT <base url>/admin/faults}, the reference app's contract; it answers loopback callers only).
 */
public final class FaultSwitch {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI adminUrl;
    private final OutboundHttp http;

    public FaultSwitch(URI baseUrl) {
        this(baseUrl, OutboundHttpSettings.defaults());
    }

    public FaultSwitch(URI baseUrl, OutboundHttpSettings outbound) {
        this.adminUrl = baseUrl.resolve("/admin/faults");
        this.http = OutboundHttp.forScrapes(outbound, TIMEOUT);
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
            HttpAnswer answer = http.send(HttpRequest.newBuilder(adminUrl)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(settings))));
            if (!answer.successful()) {
                throw new IllegalStateException("PUT " + adminUrl + " answered HTTP " + answer.status() + " ("
                        + abbreviated(answer.body()) + "); the profile's faults need the target's fault admin route");
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise fault settings", e);
        } catch (OutboundFailure e) {
            throw new IllegalStateException(
                    "PUT " + adminUrl + " failed: " + e.getMessage()
                            + "; the profile's faults need the target's fault admin route",
                    e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }
}
