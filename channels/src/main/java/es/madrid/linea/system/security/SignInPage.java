package es.madrid.linea.system.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in page of Línea Madrid's staff (agents, editors, supervisors), in Spanish: Spring Security's own page is
 * English. It posts to Spring Security's form login; the consoles send people here when they are not signed in.
 */
@Controller
class SignInPage {

    static final String PATH = "/login";

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(
            CsrfToken csrf,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String logout) {
        String message = "";
        if (error != null) {
            message = "<p class=\"message error\" role=\"alert\">Usuario o contraseña incorrectos. "
                    + "Inténtalo de nuevo.</p>";
        } else if (logout != null) {
            message = "<p class=\"message\" role=\"status\">Has cerrado la sesión.</p>";
        }
        return TEMPLATE.replace("{{message}}", message)
                .replace("{{csrfName}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
                .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="es">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Acceso del personal · Línea Madrid</title>
              <style>
                body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
                       background: #f4f5f7; color: #1a1a1a; }
                main { max-width: 420px; margin: 8vh auto; padding: 32px; background: #fff; border-radius: 8px;
                       box-shadow: 0 1px 4px rgba(0, 0, 0, .15); }
                h1 { margin: 0 0 8px; font-size: 1.5rem; color: #00338d; }
                p { line-height: 1.5; }
                label { display: block; margin: 16px 0 4px; font-weight: 600; }
                input { box-sizing: border-box; width: 100%; padding: 10px; font-size: 1rem; border: 1px solid #595959;
                        border-radius: 4px; }
                input:focus, button:focus, a:focus { outline: 3px solid #ffbf47; outline-offset: 2px; }
                button { margin-top: 24px; width: 100%; padding: 12px; font-size: 1rem; font-weight: 600; color: #fff;
                         background: #00338d; border: 0; border-radius: 4px; cursor: pointer; }
                button:hover { background: #002266; }
                .message { padding: 12px; border-radius: 4px; background: #e8f0fe; }
                .error { background: #fdecea; color: #8a1c12; }
                a { color: #00338d; }
              </style>
            </head>
            <body>
              <main>
                <h1>Acceso del personal</h1>
                <p>Consolas de Línea Madrid para agentes, edición de contenidos y supervisión.</p>
                {{message}}
                <form method="post" action="/login">
                  <label for="username">Usuario</label>
                  <input id="username" name="username" type="text" autocomplete="username" required autofocus>
                  <label for="password">Contraseña</label>
                  <input id="password" name="password" type="password" autocomplete="current-password" required>
                  <input type="hidden" name="{{csrfName}}" value="{{csrfToken}}">
                  <button type="submit">Entrar</button>
                </form>
                <p><a href="/">¿Eres ciudadano o ciudadana? Ve al chat de Línea Madrid</a></p>
              </main>
            </body>
            </html>
            """;
}
