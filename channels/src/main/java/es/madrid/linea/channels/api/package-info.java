/**
 * The public conversations API ({@code /api/v1/conversations}): what the madrid.es widget, the Madrid Móvil app and
 * other council systems use to talk with the bot. Paths and fields are a contract (see the README and OpenAPI).
 */
package es.madrid.linea.channels.api;
