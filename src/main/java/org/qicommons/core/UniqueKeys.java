package org.qicommons.core;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Two identical creates at the same moment (a double-clicked sign-up, two people naming a group
 * alike) both pass the "is it taken?" check, and the database's unique key stops the second. Flushed
 * here, inside the use case, that becomes a {@link ConflictException} on the field at fault (a 409,
 * or a message on the form) instead of a failed commit after the use case returned (a 500).
 */
public final class UniqueKeys {
    private UniqueKeys() {}

    public static void flush(EntityManager em, String field, String reason) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(field, reason);
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, the same on PostgreSQL and H2. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
