package es.madrid.linea.bot.nlu.entities;

import es.madrid.linea.bot.nlu.Entity;
import java.util.List;

/** Finds one kind of fact in a message and normalises it as spec section 5 and the parse API say. */
public interface EntityExtractor {

    List<Entity> extract(MessageText message);
}
