/**
 * What a run of the suite measured and how it is reported: one {@link es.madrid.linea.bench.report.ScenarioResult}
 * per scenario (throughput, latency percentiles, errors, memory, the load average, the targets), the machine,
 * the JSON file {@code bench/results/latest.json} and the terminal table. Depends on nothing else of the suite.
 */
package es.madrid.linea.bench.report;
