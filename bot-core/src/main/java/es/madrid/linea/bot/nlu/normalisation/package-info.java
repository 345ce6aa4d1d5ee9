/**
 * Spanish normalisation shared by the classifiers and the entity extractors: accent and case folding that keeps offsets, and the tokens with placeholders the classifiers see. Depends on nothing but the nlu records.
 */
package es.madrid.linea.bot.nlu.normalisation;
