/**
 * Plain text handling shared by the core's features: comparing Spanish words the way citizens type them (any case,
 * with or without accents). Depends on nothing but the JDK.
 */
package es.madrid.linea.bot.text;
