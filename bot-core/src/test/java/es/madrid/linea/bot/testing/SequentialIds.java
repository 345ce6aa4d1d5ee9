package es.madrid.linea.bot.testing;

import es.madrid.linea.bot.conversation.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/** Ids "c-1", "c-2"... so tests and replays are reproducible. */
public final class SequentialIds implements IdSource {

    private final String prefix;
    private final AtomicLong next = new AtomicLong();

    public SequentialIds(String prefix) {
        this.prefix = prefix;
    }

    @Override
    public String newId() {
        return prefix + "-" + next.incrementAndGet();
    }
}
