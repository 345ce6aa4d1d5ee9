/**
 * End-to-end tests of the citizens' stories (Carlos, Carmen) through the public channels, with the whole application
 * running: the trained understanding, the dialogue and the embedded back office.
 */
package es.madrid.linea.channels.stories;
