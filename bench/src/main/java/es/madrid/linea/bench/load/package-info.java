/**
 * What every load scenario shares: the realistic message mix from the team's dev sets, the citizens' think time, the
 * HdrHistogram latency recorder with its measurement window, and the citizen API client. Depends on the report
 * package only.
 */
package es.madrid.linea.bench.load;
