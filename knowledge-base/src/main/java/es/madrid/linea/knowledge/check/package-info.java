/**
 * The content check: every rule of the content spec applied to a whole kb-content folder (procedures, offices,
 * districts, training phrases, evaluation sets), with the problems named by file and field in Spanish. The plain
 * JUnit {@code ContentCheckTest} runs it over the working tree; depends on the content and offices packages.
 */
package es.madrid.linea.knowledge.check;
