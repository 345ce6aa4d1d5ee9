/** Places in Madrid: coordinates shared by citizens or geocoded from addresses. */
package es.madrid.linea.bot.geo;
