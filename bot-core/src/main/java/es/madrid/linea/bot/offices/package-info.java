/**
 * Línea Madrid's offices and Madrid's 21 districts as the conversation sees them: {@link
 * es.madrid.linea.bot.offices.OfficeDirectory} is the port (all offices, by id, by district name or alias, by postcode,
 * nearest to a point, the reference office of a district). The offices come from the editors' files through the
 * knowledge-base module, which builds an {@link es.madrid.linea.bot.offices.InMemoryOfficeDirectory}. Depends on
 * {@code es.madrid.linea.bot.geo} and {@code es.madrid.linea.bot.text} only.
 */
package es.madrid.linea.bot.offices;
