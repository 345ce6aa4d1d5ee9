package es.madrid.linea.handoff.desk;

import java.time.Duration;

/**
 * What the desk says to the citizen, in one place: where they are in the queue, that they left it, that they were
 * transferred, back to the bot or closed. Bot messages in the log, so they reach the citizen on any channel.
 */
final class CitizenNotices {

    static final String LEFT_QUEUE = "Has salido de la cola. Si necesitas algo más, aquí sigo.";
    static final String BACK_TO_BOT =
            "Ahora te atiende de nuevo Cibeles, el asistente virtual. ¿Te ayudo con algo más?";
    static final String AGENT_LEFT = "Perdona la espera: la persona que te atendía se ha desconectado. Te paso con "
            + "otra persona de Línea Madrid, que verá toda la conversación.";
    static final String CLOSING = "Gracias por contactar con Línea Madrid. ¡Que vaya muy bien!";

    private CitizenNotices() {}

    /** The first news of the queue also says the citizen may keep writing, and how to leave. */
    static String firstPosition(int position, Duration wait) {
        return "Estás en la posición " + position + " de la cola. Tiempo de espera estimado: " + describe(wait)
                + ". Puedes seguir escribiendo: la persona que te atienda lo leerá todo.";
    }

    static String newPosition(int position, Duration wait) {
        return "Ahora estás en la posición " + position + ". Tiempo de espera estimado: " + describe(wait) + ".";
    }

    static String transferred(String groupTitle) {
        return "Te paso con otra persona de Línea Madrid (" + groupTitle + "). Un momento, por favor: ya tiene "
                + "toda la conversación.";
    }

    /** "menos de un minuto", "1 minuto", "unos 5 minutos", rounding up so the citizen is not kept longer. */
    static String describe(Duration wait) {
        long minutes = (wait.toSeconds() + 59) / 60;
        if (minutes <= 0) {
            return "menos de un minuto";
        }
        if (minutes == 1) {
            return "1 minuto";
        }
        return "unos " + minutes + " minutos";
    }
}
