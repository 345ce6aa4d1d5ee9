/**
 * {@code GET /api/v1/offices}: the offices of kb-content, all of them, nearest first to a point or in a district, as
 * the public API describes them. Reads bot-core's {@link es.madrid.linea.bot.offices.OfficeDirectory}.
 */
package es.madrid.linea.knowledge.offices;
