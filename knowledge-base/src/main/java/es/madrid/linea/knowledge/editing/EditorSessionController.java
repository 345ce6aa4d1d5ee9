package es.madrid.linea.knowledge.editing;

import java.security.Principal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/kb/session}: who the signed-in editor is, and the session's token for forms, so the editors'
 * page ({@code /editor/}) can greet them and sign them out (sign-out is a form post that needs the token).
 */
@RestController
class EditorSessionController {

    /** The token a form must carry, under the parameter name the server expects. */
    record Csrf(String parameterName, String token) {}

    record Session(String user, Csrf csrf) {}

    @GetMapping(path = "/api/v1/kb/session", produces = "application/json")
    Session session(Principal editor, CsrfToken csrf) {
        return new Session(
                editor == null ? EditorController.ANONYMOUS : editor.getName(),
                csrf == null ? null : new Csrf(csrf.getParameterName(), csrf.getToken()));
    }
}
