/**
 * What the bot (or an agent) says, independent of the channel: plain text, options to choose from, a link, a
 * request for the citizen's location. Each channel renders them its own way: buttons on the web chat, interactive
 * messages on WhatsApp, numbered options on SMS.
 */
package es.madrid.linea.bot.reply;
