package dev.stressgate.simulations;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.stressgate.profile.Population;
import dev.stressgate.profile.Stage;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns a population's stages into Gatling injection steps: concurrent users (closed) or arrival rates (open). */
final class ProfileInjection {

    private ProfileInjection() {}

    static List<ClosedInjectionStep> closed(Population population) {
        List<ClosedInjectionStep> steps = new ArrayList<>();
        int current = 0;
        for (Stage stage : population.stages()) {
            int target = (int) stage.target();
            if (stage.rampSeconds() > 0) {
                steps.add(rampConcurrentUsers(current).to(target).during(Duration.ofSeconds(stage.rampSeconds())));
            }
            if (stage.holdSeconds() > 0) {
                steps.add(constantConcurrentUsers(target).during(Duration.ofSeconds(stage.holdSeconds())));
            }
            current = target;
        }
        return steps;
    }

    static List<OpenInjectionStep> open(Population population) {
        List<OpenInjectionStep> steps = new ArrayList<>();
        double current = 0;
        for (Stage stage : population.stages()) {
            if (stage.rampSeconds() > 0) {
                steps.add(rampUsersPerSec(current).to(stage.target()).during(Duration.ofSeconds(stage.rampSeconds())));
            }
            if (stage.holdSeconds() > 0) {
                Duration hold = Duration.ofSeconds(stage.holdSeconds());
                steps.add(
                        stage.target() > 0 ? constantUsersPerSec(stage.target()).during(hold) : nothingFor(hold));
            }
            current = stage.target();
        }
        return steps;
    }
}
