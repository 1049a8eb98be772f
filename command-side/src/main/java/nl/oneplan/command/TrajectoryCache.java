package nl.oneplan.command;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trajectories a command process keeps in memory between commands, so a command does not
 * read and deserialise the family's history again: the least recently used go first once
 * {@code capacity} are held. A cached trajectory another process has changed since is caught by
 * the trajectory itself before a command acts on it (a lost race: the entry is dropped on the
 * rollback and the retry reads the store).
 */
final class TrajectoryCache implements Cache {

    private final Map<Object, Object> entries;

    TrajectoryCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    synchronized int size() {
        return entries.size();
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        // Nothing listens to trajectories coming and going.
        return () -> true;
    }
}
