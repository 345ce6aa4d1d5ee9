package es.madrid.linea.handoff.routing;

/** An agent asked for something the rules do not allow; {@code code} is stable, the message Spanish for the agent. */
public class RoutingRefusal extends RuntimeException {

    private final String code;

    public RoutingRefusal(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
