/**
 * The knowledge base's index under editing (scenario 6, switched on when the service has the knowledge base and
 * its editor API): from an editor's publication to the citizen search finding the change. Uses the JDK's HTTP client
 * and the suite's report package.
 */
package es.madrid.linea.bench.knowledge;
