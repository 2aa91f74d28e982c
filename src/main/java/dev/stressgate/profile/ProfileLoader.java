package dev.stressgate.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds and loads a profile: a bare name ({@code high}) means {@code <profiles dir>/high.json}; anything that
 * looks like a path ({@code .json} suffix or a separator) is read as given. The mix and the flow scopes of SLOs are
 * checked against the workload's {@link KnownFlows}.
 */
public final class ProfileLoader {
    public static final Path DEFAULT_PROFILES_DIR = Path.of("profiles");
    private static final String SUFFIX = ".json";

    private final Path profilesDir;
    private final KnownFlows flows;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ProfileLoader(Path profilesDir, KnownFlows flows) {
        this.profilesDir = profilesDir;
        this.flows = flows;
    }

    public ProfileLoader(KnownFlows flows) {
        this(DEFAULT_PROFILES_DIR, flows);
    }

    /** A loader for a recorded run's profile.json, whose flows were checked against the workload when it ran. */
    public static ProfileLoader ofRecordedRun() {
        return new ProfileLoader(KnownFlows.unchecked());
    }

    public LoadedProfile load(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            throw new ProfileException("no profile given; available: " + String.join(", ", available()));
        }
        boolean isPath = nameOrPath.endsWith(SUFFIX) || nameOrPath.contains("/") || nameOrPath.contains("\\");
        Path file = isPath ? Path.of(nameOrPath) : profilesDir.resolve(nameOrPath + SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw isPath
                    ? new ProfileException(file + ": no such profile file")
                    : new ProfileException("unknown profile '" + nameOrPath + "' (no " + file + "); available: "
                            + String.join(", ", available()));
        }
        return load(file);
    }

    public LoadedProfile load(Path file) {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ProfileException(source + ": cannot read: " + e.getMessage(), e);
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProfileException(source + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProfileException(source + ": cannot read: " + e.getMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ProfileException(source + ": empty file; expected a JSON object");
        }
        LoadProfile profile = ProfileParser.parse(source, baseName(file), tree, flows);
        return new LoadedProfile(profile, source, sha256(bytes));
    }

    /** Names of the profiles in the profiles directory, sorted. */
    public List<String> available() {
        if (!Files.isDirectory(profilesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(profilesDir)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ProfileException(profilesDir + ": cannot list profiles: " + e.getMessage(), e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
