/**
 * What every back-office port answers: {@link es.madrid.linea.bot.backoffice.Outcome} says whether the council's
 * system did it ({@code Done}), accepted it for later ({@code Pending}: kept and retried, the conversation hears the
 * result), or could not do it ({@code Failed}, with a {@link es.madrid.linea.bot.backoffice.Failure} that tells the
 * dialogue what to say). Depends on nothing else in the core.
 */
package es.madrid.linea.bot.backoffice;
