package dev.stressgate.simulations;

/** The version of the Gatling engine on the classpath, from its jar manifest. */
final class GatlingVersion {

    private GatlingVersion() {}

    static String current() {
        String version = io.gatling.core.Predef.class.getPackage().getImplementationVersion();
        return version == null ? "unknown" : version;
    }
}
