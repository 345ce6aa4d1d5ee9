/**
 * Building the models at build time (NluModelBuilder, run by Maven after compilation) and loading them (NluModels). TrainingData names every file a builder may read; the held-out test splits are not among them.
 */
package es.madrid.linea.bot.nlu.training;
