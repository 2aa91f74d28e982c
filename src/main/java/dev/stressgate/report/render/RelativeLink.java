package dev.stressgate.report.render;

import java.net.URI;
import java.net.URISyntaxException;

/** A relative link (e.g. {@code 20261122T050000Z-smoke/report.html}) with every unsafe character percent-encoded. */
final class RelativeLink {
  private RelativeLink() {
  }

  static String to(String relativePath) {
    try {
      return new URI(null, null, relativePath, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot link to " + relativePath + ": " + e.getMessage(), e);
    }
  }
}
