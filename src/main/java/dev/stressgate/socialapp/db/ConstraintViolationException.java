package dev.stressgate.socialapp.db;

import java.sql.SQLException;

/** A write refused by a uniqueness or foreign-key constraint; the caller decides what it means (often 409). */
public class ConstraintViolationException extends DatabaseException {

    public ConstraintViolationException(String operation, SQLException cause) {
        super(operation, cause.getMessage(), cause);
    }
}
