package dev.stressgate.socialapp.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Decides whether a remote address may use the admin routes: loopback callers only. */
public final class AdminAccess {

    /** IPv4 or IPv6 literals only, so no host name is ever resolved. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]+");

    private AdminAccess() {}

    /** True for 127.0.0.0/8 and ::1; false for anything else, including input that is not an IP literal. */
    public static boolean permits(String remoteAddress) {
        if (remoteAddress == null) {
            return false;
        }
        String literal = remoteAddress.replace("[", "").replace("]", "");
        if (!IP_LITERAL.matcher(literal).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
