/**
 * The offices and districts of kb-content ({@code offices/offices.yml}, {@code offices/districts.yml}) read into
 * bot-core's {@link es.madrid.linea.bot.offices.OfficeDirectory}, their content rules, and {@code GET
 * /api/v1/offices}. Depends on bot-core and the content package.
 */
package es.madrid.linea.knowledge.offices;
