package dev.stressgate.run.http;

/** Sizes in words for messages: whole MiB or KiB when exact, else bytes. */
final class ByteSizes {

    private ByteSizes() {}

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
