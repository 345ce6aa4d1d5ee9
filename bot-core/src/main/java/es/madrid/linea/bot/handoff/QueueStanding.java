package es.madrid.linea.bot.handoff;

import java.time.Duration;

/**
 * Where a waiting conversation stands: its position in its queue (1 is next) and the expected wait.
 *
 * @param queue the queue it waits in
 */
public record QueueStanding(String queue, int position, Duration estimatedWait) {}
