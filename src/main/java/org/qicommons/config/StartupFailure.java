package org.qicommons.config;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the application cannot start. Why: Payara Micro logs a failed deployment
 * and keeps running with the application disabled, answering 404 to every URL, which looks alive
 * to a supervisor or a load balancer. Stopping with a non-zero status says what is wrong and lets
 * whatever started the process restart it or report it.
 */
final class StartupFailure {
    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
    /** The status the process exits with. */
    static final int STATUS = 1;
    /** How long the shutdown hooks may take before the process is halted regardless. */
    private static final Duration HOOKS = Duration.ofSeconds(15);

    private StartupFailure() {}

    /**
     * Logs {@code message} and stops the process; never returns (the return type lets callers write
     * {@code throw stopProcess(...)}). The exit runs on another thread
     * because {@code System.exit} runs Payara's shutdown hook, which may wait for the deployment
     * this thread is part of. This thread waits for the end rather than failing the deployment,
     * so that the message is not followed by pages of Payara's stack traces about it.
     */
    static IllegalStateException stopProcess(String message, Throwable cause) {
        LOG.severe(message);
        LOG.log(Level.FINE, "the cause", cause);
        Thread exit = new Thread(StartupFailure::exit, "qic-startup-failure");
        exit.start();
        while (true) {
            try {
                Thread.sleep(HOOKS);
            } catch (InterruptedException e) {
                // the process is ending: nothing left to do here
            }
        }
    }

    private static void exit() {
        // A shutdown hook that hangs must not keep a failed process alive either.
        Thread halt = new Thread(
                () -> {
                    try {
                        Thread.sleep(HOOKS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Runtime.getRuntime().halt(STATUS);
                },
                "qic-startup-failure-halt");
        halt.setDaemon(true);
        halt.start();
        System.exit(STATUS);
    }
}
