package dev.stressgate.simulations.flows;

import static dev.stressgate.simulations.flows.Requests.expect;
import static dev.stressgate.simulations.flows.Requests.json;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.Map;

/**
 * Signing a virtual user up (its own account) and giving it a partner: another account already signed up in this
 * run, or, when there is none yet, a fresh one signed up on the spot. Both signups count in the {@code auth} group.
 */
public final class AccountSteps {
    private static final String PARTNER_EMAIL = "partnerEmail";
    private static final String PARTNER_PASSWORD = "partnerPassword";

    private final SignedUpAccounts accounts;
    private final String namespace;

    /** @param namespace the prefix of every account name this injector signs up ({@link Feeders#accountNamespace}) */
    public AccountSteps(SignedUpAccounts accounts, String namespace) {
        this.accounts = accounts;
        this.namespace = namespace;
    }

    /** Signs the virtual user up as a new account and registers it; the user stops if signup fails. */
    public ChainBuilder signUpSelf() {
        return group(AuthFlow.NAME)
                .on(feed(Feeders.newAccounts(namespace, SessionKeys.EMAIL, SessionKeys.PASSWORD))
                        .exec(signup(SessionKeys.EMAIL, SessionKeys.PASSWORD, SessionKeys.TOKEN, SessionKeys.USER_ID))
                        .exec(session -> register(
                                session,
                                SessionKeys.USER_ID,
                                SessionKeys.EMAIL,
                                SessionKeys.PASSWORD,
                                SessionKeys.TOKEN)))
                .exitHereIfFailed();
    }

    /** Puts a partner (id and token) into the session, signing one up when nobody else has signed up yet. */
    public ChainBuilder pickPartner() {
        return exec(session -> accounts.pickOtherThan(session.getLong(SessionKeys.USER_ID))
                        .map(partner -> session.set(SessionKeys.PARTNER_ID, partner.id())
                                .set(SessionKeys.PARTNER_TOKEN, partner.token()))
                        .orElseGet(() -> session.remove(SessionKeys.PARTNER_ID)))
                .doIf(session -> !session.contains(SessionKeys.PARTNER_ID))
                .then(group(AuthFlow.NAME)
                        .on(feed(Feeders.newAccounts(namespace, PARTNER_EMAIL, PARTNER_PASSWORD))
                                .exec(signup(
                                        PARTNER_EMAIL,
                                        PARTNER_PASSWORD,
                                        SessionKeys.PARTNER_TOKEN,
                                        SessionKeys.PARTNER_ID))
                                .exec(session -> register(
                                        session,
                                        SessionKeys.PARTNER_ID,
                                        PARTNER_EMAIL,
                                        PARTNER_PASSWORD,
                                        SessionKeys.PARTNER_TOKEN))));
    }

    private static io.gatling.javaapi.http.HttpRequestActionBuilder signup(
            String emailKey, String passwordKey, String tokenKey, String idKey) {
        return http(AuthFlow.NAME + ": signup")
                .post("/api/auth/signup")
                .body(json(session -> Map.of(
                        "username", username(session.getString(emailKey)),
                        "email", session.getString(emailKey),
                        "password", session.getString(passwordKey))))
                .check(
                        expect(201),
                        jsonPath("$.token").saveAs(tokenKey),
                        jsonPath("$.user.id").ofLong().saveAs(idKey));
    }

    private Session register(Session session, String idKey, String emailKey, String passwordKey, String tokenKey) {
        if (!session.isFailed() && session.contains(idKey) && session.contains(tokenKey)) {
            accounts.add(new Account(
                    session.getLong(idKey),
                    session.getString(emailKey),
                    session.getString(passwordKey),
                    session.getString(tokenKey)));
        }
        return session;
    }

    private static String username(String email) {
        return email.substring(0, email.indexOf('@'));
    }
}
