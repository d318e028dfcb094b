package dev.colophon.comments.internal.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Server-wide values and daily salts, shared by every instance on the database. */
public interface SettingDao {

    @SqlQuery("SELECT value FROM settings WHERE name = :name")
    Optional<String> get(@Bind("name") String name);

    @SqlUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
    void insertIfAbsent(@Bind("name") String name, @Bind("value") String value);

    @SqlQuery("SELECT salt FROM salts WHERE day = :day")
    Optional<String> salt(@Bind("day") long day);

    @SqlUpdate("INSERT INTO salts (day, salt) VALUES (:day, :salt) ON CONFLICT (day) DO NOTHING")
    void insertSalt(@Bind("day") long day, @Bind("salt") String salt);

    @SqlUpdate("DELETE FROM salts WHERE day < :day")
    int deleteSaltsBefore(@Bind("day") long day);
}
