package es.madrid.linea.backoffice.pending;

import java.util.Set;

/** Tries kept requests of some kinds again, and follows up on them once the background settles them. */
public interface KeptRequestHandler {

    /** The kinds of request it handles. */
    Set<String> kinds();

    /** Tries again; when the request is uncertain, first finds out whether the system already did it. */
    Attempt attempt(KeptRequest request);

    /**
     * After a background attempt settled the request for good (succeeded, refused, or handed to people): tell the
     * conversation, schedule what follows.
     */
    void settled(KeptRequest request, Attempt outcome);
}
