package es.madrid.linea.handoff.actions;

/**
 * How an action the agent asked for ended, pushed to their consoles ({@code /user/queue/agent.actions}).
 *
 * @param requestId the console's id for the request, so it knows which form it answers
 * @param action {@code file_alert} or {@code book_appointment}
 * @param status {@code done}, {@code pending} (kept and retried; the citizen is told in the conversation when it is
 *     done) or {@code failed}
 * @param reference the alert code or appointment id when done, else null
 * @param failure when failed, why in the back office's words ({@code rejected}, {@code slot_taken}...), else null
 * @param message what happened, in Spanish for the agent
 */
public record ActionResult(
        String conversationId,
        String requestId,
        String action,
        String status,
        String reference,
        String failure,
        String message) {

    public static final String DONE = "done";
    public static final String PENDING = "pending";
    public static final String FAILED = "failed";

    static ActionResult done(ActionRequest request, String action, String reference, String message) {
        return new ActionResult(request.conversationId(), request.requestId(), action, DONE, reference, null, message);
    }

    static ActionResult pending(ActionRequest request, String action, String message) {
        return new ActionResult(request.conversationId(), request.requestId(), action, PENDING, null, null, message);
    }

    static ActionResult failed(ActionRequest request, String action, String failure, String message) {
        return new ActionResult(request.conversationId(), request.requestId(), action, FAILED, null, failure, message);
    }
}
