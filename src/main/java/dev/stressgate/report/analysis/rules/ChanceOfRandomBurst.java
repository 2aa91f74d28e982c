package dev.stressgate.report.analysis.rules;

import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * How likely it is that errors arriving at random, at the rate of the rest of the run, put at least a burst's
 * errors into a window with as many responses as the burst, somewhere in the run. The count of errors in the window
 * is taken as Poisson with mean {@code rate × responses}; the tail probability is multiplied by the run's seconds,
 * one for each place a window could start (Bonferroni), and capped at 1.
 *
 * @param backgroundRatePct error rate of the run outside the window, in %
 * @param expectedErrors    errors the window would hold at that rate
 * @param chance            the chance of a burst this large by accident, over the whole run
 */
record ChanceOfRandomBurst(double backgroundRatePct, double expectedErrors, double chance) {

    static ChanceOfRandomBurst of(
            long windowErrors, long windowResponses, long otherErrors, long otherResponses, long runSeconds) {
        double rate = otherResponses == 0 ? 0 : (double) otherErrors / otherResponses;
        double expected = rate * windowResponses;
        double tail;
        if (windowErrors <= 0) {
            tail = 1;
        } else if (expected == 0) {
            tail = 0;
        } else {
            int fewer = (int) Math.min(Integer.MAX_VALUE, windowErrors - 1);
            tail = PoissonDistribution.of(expected).survivalProbability(fewer);
        }
        return new ChanceOfRandomBurst(100 * rate, expected, Math.min(1, tail * Math.max(1, runSeconds)));
    }
}
