package es.madrid.linea.bot.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One fair lock per key, created on demand and dropped when nobody holds or waits for it, so a conversation's
 * messages are handled one at a time, in arrival order, while different conversations run in parallel.
 */
final class KeyedLocks {

    private final ConcurrentHashMap<String, Entry> locks = new ConcurrentHashMap<>();

    <T> T withLock(String key, Supplier<T> action) {
        Entry entry = locks.compute(key, (k, existing) -> {
            Entry e = existing == null ? new Entry() : existing;
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return action.get();
        } finally {
            entry.lock.unlock();
            locks.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    int size() {
        return locks.size();
    }

    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock(true);
        private int users; // guarded by the map's compute
    }
}
