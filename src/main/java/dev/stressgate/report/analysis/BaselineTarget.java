package dev.stressgate.report.analysis;

import dev.stressgate.run.RunMetadata;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * What makes two runs comparable: the same target (base URL, normalised: scheme and host in lower case, the
 * scheme's default port and a trailing slash dropped) and the same profile content (the SHA-256 of the profile
 * file in run.json). The profile's name alone is not enough: {@code smoke} against staging and {@code smoke}
 * against a laptop are different experiments, and so are two edits of one profile file.
 *
 * @param baseUrl       normalised base URL
 * @param profileSha256 the profile file's SHA-256, null when run.json has none (then nothing matches it)
 */
public record BaselineTarget(String baseUrl, String profileSha256) {

    public static BaselineTarget of(RunMetadata run) {
        return new BaselineTarget(
                normalise(run.baseUrl()),
                run.profile() == null ? null : run.profile().sha256());
    }

    public boolean matches(BaselineTarget other) {
        return profileSha256 != null
                && profileSha256.equalsIgnoreCase(other.profileSha256)
                && Objects.equals(baseUrl, other.baseUrl);
    }

    /** For messages: the target and the first 12 hex digits of the profile hash. */
    public String describe() {
        String hash = profileSha256 == null
                ? "no profile hash"
                : "profile sha256 " + profileSha256.substring(0, Math.min(12, profileSha256.length()));
        return baseUrl + ", " + hash;
    }

    static String normalise(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return null;
        }
        String trimmed = baseUrl.strip();
        try {
            URI uri = new URI(trimmed);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return trimmed;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
