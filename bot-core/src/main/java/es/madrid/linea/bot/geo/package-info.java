/**
 * Places in Madrid: {@link es.madrid.linea.bot.geo.GeoPoint} coordinates shared by citizens or geocoded from typed
 * addresses, and {@link es.madrid.linea.bot.geo.CityMap}, which says which district a point is in (the council's
 * district polygons, converted from UTM with proj4j) and where a street address is (a gazetteer derived from real
 * Avisos Madrid reports). Depends on {@code es.madrid.linea.bot.text} only.
 */
package es.madrid.linea.bot.geo;
