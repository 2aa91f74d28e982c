package dev.stressgate.socialapp.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Column readers shared by the repositories: timestamps as ISO-8601 UTC strings, nullable ids. */
public final class Rows {

    private Rows() {}

    public static String instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }

    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** A stable key for an unordered pair of user ids, so one row exists per pair. */
    public static String pairKey(long a, long b) {
        return Math.min(a, b) + ":" + Math.max(a, b);
    }
}
