package es.madrid.linea.channels.api;

import es.madrid.linea.bot.nlu.Entity;
import es.madrid.linea.bot.nlu.IncidentCategory;
import es.madrid.linea.bot.nlu.Intent;
import es.madrid.linea.bot.nlu.Understanding;
import java.util.List;

/**
 * What {@code POST /api/v1/nlu/parse} answers (the fields of API.md), plus {@code confident}: whether the intent is
 * sure enough to act on.
 */
record ParseResponse(
        Intent intent,
        List<Intent> ranking,
        List<Entity> entities,
        List<IncidentCategory> incidentCategories,
        boolean confident) {

    static ParseResponse of(Understanding understanding) {
        return new ParseResponse(
                understanding.intent(),
                understanding.ranking(),
                understanding.entities(),
                understanding.incidentCategories(),
                understanding.confident());
    }
}
