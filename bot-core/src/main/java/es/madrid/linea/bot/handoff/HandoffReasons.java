package es.madrid.linea.bot.handoff;

/**
 * Why a conversation went to a person: the {@code reason} of {@code HandoffRequested}. Stable names: supervisors'
 * figures count handoffs by them.
 */
public final class HandoffReasons {

    /** The citizen asked for a person. */
    public static final String CITIZEN_ASKED = "citizen_asked";

    /** The bot did not understand the citizen several times in a row. */
    public static final String NOT_UNDERSTOOD = "not_understood";

    /** An action on a back-office system (filing an alert, booking) failed. */
    public static final String ACTION_FAILED = "action_failed";

    /** A priority citizen (elderly, vulnerable) asked about a topic that deserves a person. */
    public static final String PRIORITY_CITIZEN = "priority_citizen";

    /** An agent or supervisor took the conversation from the bot. */
    public static final String AGENT_PICKUP = "agent_pickup";

    /** An agent passed the conversation to another group or agent. */
    public static final String TRANSFER = "transfer";

    /** The agent who had the conversation lost their connection and did not come back in time. */
    public static final String AGENT_LEFT = "agent_left";

    private HandoffReasons() {}
}
