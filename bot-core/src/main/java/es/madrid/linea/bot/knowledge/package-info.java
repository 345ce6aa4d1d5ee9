/**
 * The municipal procedures knowledge as the conversation sees it: references to the procedures an answer relied on
 * (id, revision, score), so every answer can cite its source.
 */
package es.madrid.linea.bot.knowledge;
