package dev.colophon.comments.internal.store;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The SqlObject DAOs of one handle, each attached once. Attaching builds a proxy and copies the handle's
 * whole configuration; a group commit runs hundreds of writes on one handle, each using several DAOs, so
 * attaching per call was most of the writer thread's time. Kept in the handle's own configuration, which
 * Jdbi creates afresh for every handle (an empty one: {@link #createCopy}), so a DAO never outlives its handle.
 */
public final class Daos implements JdbiConfig<Daos> {
    private final Map<Class<?>, Object> attached = new HashMap<>();

    /** Jdbi makes one per handle, on first use. */
    public Daos() {
    }

    /** The DAO of {@code type} on this handle, attached on first use. */
    public static <T> T of(Handle handle, Class<T> type) {
        return type.cast(handle.getConfig(Daos.class).attached.computeIfAbsent(type, handle::attach));
    }

    /** A new handle (or a statement made from one) starts with no DAOs: they belong to the handle they were attached to. */
    @Override
    public Daos createCopy() {
        return new Daos();
    }
}
