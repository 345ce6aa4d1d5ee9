package es.madrid.linea.bot.reply;

/** A choice offered to the citizen: the id comes back as the message payload when they pick it. */
public record Option(String id, String title) {}
