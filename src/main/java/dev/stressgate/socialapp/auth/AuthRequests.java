package dev.stressgate.socialapp.auth;

import dev.stressgate.socialapp.http.Fields;
import dev.stressgate.socialapp.users.User;
import io.javalin.http.BadRequestResponse;
import java.util.Locale;
import java.util.regex.Pattern;

/** Bodies and answers of the auth routes. */
final class AuthRequests {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.\\-]{3,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private AuthRequests() {}

    record Signup(String username, String email, String password) {
        Signup validated() {
            String name = Fields.text("username", username, 32);
            if (!USERNAME.matcher(name).matches()) {
                throw new BadRequestResponse("username must be 3-32 letters, digits, '_', '.' or '-'");
            }
            return new Signup(name, normalisedEmail(email), validPassword(password));
        }
    }

    record Login(String email, String password) {
        Login validated() {
            return new Login(normalisedEmail(email), Fields.text("password", password, 128));
        }
    }

    record Session(String token, User user) {}

    private static String normalisedEmail(String email) {
        String value = Fields.text("email", email, 254).trim().toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(value).matches()) {
            throw new BadRequestResponse("email must look like name@domain");
        }
        return value;
    }

    private static String validPassword(String password) {
        String value = Fields.text("password", password, 128);
        if (value.length() < 8) {
            throw new BadRequestResponse("password must be at least 8 characters");
        }
        return value;
    }
}
