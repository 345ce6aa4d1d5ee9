/**
 * The alerts system behind {@code AlertsDesk}: by default the {@link
 * es.madrid.linea.backoffice.alerts.EmbeddedAlertsRegistry} in the database, with Avisos Madrid's services
 * (kb-content/alerts) and 8-digit codes, which also serves the Open311 GeoReport v2 read endpoints under {@code
 * /open311/v2/} so other apps can follow alerts; or, with {@code cibeles.alerts.system=open311}, the council's
 * Open311 server through {@link es.madrid.linea.backoffice.alerts.Open311Client}, its orders kept and retried by
 * {@link es.madrid.linea.backoffice.alerts.KeptAlertsDesk}. Also {@code GET /api/v1/alerts/{code}}.
 */
package es.madrid.linea.backoffice.alerts;
