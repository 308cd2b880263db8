-- ShedLock's lock rows: scheduled and start-up work that must run once across app nodes takes a named lock here
-- (the table layout ShedLock's JDBC provider expects; times are the database's own, see LockConfiguration).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
