/**
 * Measuring search: recall@1, recall@3 and MRR over any JSONL file of {@code {"text", "expected": [ids]}} questions
 * ({@link es.madrid.linea.knowledge.evaluation.EvaluateSearch}, run by {@code bin/kb-eval}), and the index build time
 * and search latency ({@link es.madrid.linea.knowledge.evaluation.MeasureSearch}, run by {@code bin/kb-bench}).
 * Command-line tools over the content folder; depends on the content and search packages.
 */
package es.madrid.linea.knowledge.evaluation;
