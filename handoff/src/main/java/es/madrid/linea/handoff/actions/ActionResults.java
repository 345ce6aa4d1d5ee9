package es.madrid.linea.handoff.actions;

/** Port: tells the agent's consoles how an action ended. The STOMP adapter pushes; tests collect. */
@FunctionalInterface
public interface ActionResults {

    void tell(String agent, ActionResult result);
}
