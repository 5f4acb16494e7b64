package org.qicommons.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints the address to open once the app is up. A timer rather than a log line at start-up, because
 * the container only delivers timers after the deployment has finished, so the line comes last.
 */
@Singleton
@Startup
@DependsOn("SampleContent")
public class ReadyMessage {
    private static final Logger LOG = Logger.getLogger(ReadyMessage.class.getName());

    @Inject
    @ConfigProperty(name = "qic.http.port", defaultValue = "8080")
    int port;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleAfterDeployment() {
        timers.createSingleActionTimer(1, new TimerConfig(null, false));
    }

    @Timeout
    void announce() {
        LOG.info(() -> "QI Commons is ready at http://localhost:" + port + "/");
    }
}
