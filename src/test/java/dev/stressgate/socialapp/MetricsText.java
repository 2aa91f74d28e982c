package dev.stressgate.socialapp;

/** Reads sample values out of a Prometheus text exposition. */
final class MetricsText {

    private MetricsText() {}

    /** The value of the sample written exactly as {@code series} (name plus labels), or 0 when absent. */
    static double value(String exposition, String series) {
        for (String line : exposition.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(
                        line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }
}
