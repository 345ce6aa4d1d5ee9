package es.madrid.linea.channels.whatsapp;

/** Texts the citizen reads in these tests, as the placeholder dialogue and the channel write them. */
final class GreetingTexts {

    static final String CAPABILITIES = "Puedo ayudarte con trámites municipales, avisos de incidencias en la calle, "
            + "citas en las oficinas de Línea Madrid, o pasarte con una persona. ¿Qué necesitas?";
    static final String PHOTO_RECEIVED = "¡Gracias por la foto! La guardo para adjuntarla a tu aviso.";
    static final String ONLY_TEXT =
            "Lo siento, solo puedo leer texto, ubicaciones y fotos. ¿Me escribes tu consulta, por favor?";
    static final String AGENT_JOINED = "Ahora te atiende una persona de Línea Madrid.";

    private GreetingTexts() {}
}
