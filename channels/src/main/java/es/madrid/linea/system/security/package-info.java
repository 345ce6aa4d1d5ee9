/**
 * Who may do what: citizens' endpoints are open (a conversation id is its own access key), agents, editors and
 * supervisors sign in (HTTP Basic for the API, a session for the consoles). The embedded mode creates the three
 * documented demo accounts; any other mode takes users from configuration.
 */
package es.madrid.linea.system.security;
