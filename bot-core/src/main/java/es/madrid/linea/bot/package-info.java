/**
 * Cibeles' framework-free core: a conversation is an append-only log of events; language understanding turns a
 * citizen's Spanish into intents and entities; the dialogue decides what to say and do; ports ({@code
 * ConversationStore}, {@code LanguageUnderstanding}, {@code Dialogue}, {@code ConversationListener} and those the
 * feature packages add) are how the world outside reaches in. Nothing here may depend on Spring or on the other
 * modules: they depend on this one.
 */
package es.madrid.linea.bot;
