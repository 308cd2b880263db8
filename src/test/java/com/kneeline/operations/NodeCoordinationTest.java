package com.kneeline.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two nodes on one database: a named task runs on one of them at a time, and is not lost for the next run. */
class NodeCoordinationTest {

    private final DataSource db = new DriverManagerDataSource(
            "jdbc:h2:mem:locks-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

    private NodeCoordination.Once node() {
        return new NodeCoordination.Once(new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder().withJdbcTemplate(new JdbcTemplate(db))
                        .usingDbTime().build())));
    }

    @Test
    void aTaskThatOneNodeIsRunningIsSkippedByTheOtherAndRunsAgainLater() {
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        NodeCoordination.Once a = node();
        NodeCoordination.Once b = node();
        AtomicInteger runs = new AtomicInteger();
        AtomicBoolean bRanMeanwhile = new AtomicBoolean(true);

        boolean aRan = a.run("admin-bootstrap", Duration.ofMinutes(1), () -> {
            runs.incrementAndGet();
            // the other node is another thread (ShedLock lets the holding thread re-enter its own lock)
            Thread other = Thread.ofPlatform().start(() ->
                    bRanMeanwhile.set(b.run("admin-bootstrap", Duration.ofMinutes(1), runs::incrementAndGet)));
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(aRan).isTrue();
        assertThat(bRanMeanwhile).as("the second node ran while the first held the lock").isFalse();
        assertThat(runs).hasValue(1);
        assertThat(b.run("admin-bootstrap", Duration.ofMinutes(1), runs::incrementAndGet))
                .as("after the first node finished").isTrue();
        assertThat(runs).hasValue(2);
    }
}
