package com.kneeline.operations;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Work that must happen once across all app nodes sharing one database, never once per node: ShedLock's lock rows
 * in the {@code shedlock} table (V12_2), with the database's clock so nodes with skewed clocks still agree.
 * <p>
 * Every {@code @Scheduled} method must also carry {@code @SchedulerLock} (ArchitectureTest checks it), and start-up
 * work that writes shared data runs through {@link #once}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class NodeCoordination {

    private static final Logger log = LoggerFactory.getLogger(NodeCoordination.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    Once once(LockProvider lockProvider) {
        return new Once(new DefaultLockingTaskExecutor(lockProvider));
    }

    /** Runs a named task on one node at a time; a node that finds the lock taken skips it, as the holder does it. */
    public static final class Once {
        private final LockingTaskExecutor executor;

        Once(LockingTaskExecutor executor) {
            this.executor = executor;
        }

        /**
         * Runs the task unless another node holds the lock right now.
         *
         * @param atMost how long a crashed node can keep others out
         * @return whether the task ran here
         */
        public boolean run(String name, Duration atMost, Runnable task) {
            LockingTaskExecutor.TaskResult<Boolean> result;
            try {
                result = executor.executeWithLock(() -> {
                    task.run();
                    return true;
                }, new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            if (!result.wasExecuted()) {
                log.info("Skipped '{}': another node is doing it now.", name);
            }
            return result.wasExecuted();
        }
    }
}
