/**
 * The application's wiring and cross-cutting concerns: the bot-core beans (store, clock, ids, conversation
 * service), configuration properties, the public API's error format and request limits. Feature packages get their
 * collaborators from here; nothing here holds business rules.
 */
package es.madrid.linea.system;
