/**
 * The desk: where the routing rules meet the conversation log and the agents. The {@link
 * es.madrid.linea.handoff.desk.Switchboard} hears every stored event (a {@code ConversationListener}) and every agent
 * command, and handles them one at a time on its own thread, so the routing state needs no locks and never waits
 * for a conversation while holding another. {@link es.madrid.linea.handoff.desk.DeskBoard} answers bot-core's
 * {@code HandoffDesk} port from the latest published snapshot, without waiting for the desk. What must survive a
 * restart lives in the database (open handoffs, callback tasks, private notes) or in the log itself.
 */
package es.madrid.linea.handoff.desk;
