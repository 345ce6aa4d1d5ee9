/**
 * The evaluation and benchmark commands (bin/evaluate-nlu, bin/nlu-benchmark): figures on any JSONL/TSV files, printed and written as JSON. The only code that reads the held-out test splits, and only when told to.
 */
package es.madrid.linea.bot.nlu.evaluation;
