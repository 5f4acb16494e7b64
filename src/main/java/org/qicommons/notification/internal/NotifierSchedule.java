package org.qicommons.notification.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the {@link Notifier} every second on a managed thread, pass after pass while there is more to
 * read: a reply reaches its notifications within about a second of being written, and the pages that
 * write never wait for them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class NotifierSchedule {
    private static final Logger LOG = Logger.getLogger(NotifierSchedule.class.getName());
    static final long INTERVAL_MILLIS = 1000;
    private static final int MAX_PASSES_PER_RUN = 50;

    @Inject
    Notifier notifier;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        task = scheduler.scheduleWithFixedDelay(this::run, INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void run() {
        try {
            for (int i = 0; i < MAX_PASSES_PER_RUN && notifier.pass() > 0; i++) {
                // read on while entries keep coming
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not make notifications from the change log; trying again shortly", e);
        }
    }
}
