package dev.stressgate.report.render;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A relative link (e.g. {@code ./20261122T050000Z-smoke/report.html}) with every unsafe character percent-encoded.
 * It always starts with {@code ./}, so a directory named like a scheme ({@code javascript:alert(1)}) or like a
 * host ({@code //evil.example}) stays a path below the page and never becomes a live link elsewhere.
 */
final class RelativeLink {
    private RelativeLink() {}

    static String to(String relativePath) {
        try {
            return "./" + new URI(null, null, relativePath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to " + relativePath + ": " + e.getMessage(), e);
        }
    }
}
