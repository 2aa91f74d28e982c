package dev.stressgate.simulations.flows;

/** Names of the Gatling session attributes the flows share. */
public final class SessionKeys {
    public static final String USER_ID = "userId";
    public static final String TOKEN = "token";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String PARTNER_ID = "partnerId";
    public static final String PARTNER_TOKEN = "partnerToken";
    public static final String ACTION_INDEX = "actionIndex";
    public static final String CONVERSATION_ID = "conversationId";

    private SessionKeys() {}
}
