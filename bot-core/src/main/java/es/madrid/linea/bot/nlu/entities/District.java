package es.madrid.linea.bot.nlu.entities;

import java.util.List;

/** One of Madrid's 21 districts: its official name (with accents) and the other names citizens use for it. */
public record District(String name, List<String> aliases) {

    public District {
        aliases = List.copyOf(aliases);
    }
}
