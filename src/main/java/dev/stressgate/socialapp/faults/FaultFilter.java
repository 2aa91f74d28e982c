package dev.stressgate.socialapp.faults;

import dev.stressgate.socialapp.http.Routes;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;

/**
 * Applies the route faults before the endpoint runs: added latency (counted in the request duration), burnt CPU,
 * leaked memory and injected 5xx answers (counted and logged like any other 5xx).
 */
public final class FaultFilter implements Handler {

    private final ActiveFaults faults;

    public FaultFilter(ActiveFaults faults) {
        this.faults = faults;
    }

    @Override
    public void handle(Context ctx) throws InterruptedException {
        String route = Routes.templateOf(ctx);
        long latency = faults.latencyFor(route);
        if (latency > 0) {
            Thread.sleep(latency);
        }
        faults.burnCpuFor(route);
        faults.leakFor(route);
        int status = faults.injectedErrorFor(route);
        if (status > 0) {
            throw new HttpResponseException(status, "injected fault");
        }
    }
}
