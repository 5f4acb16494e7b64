package org.qicommons.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code qic.stop.with.parent=true} (set by {@code mvn -Prun}), the app stops when the process
 * that started it ends. Why: Maven's exec plugin starts Payara Micro as a child process, and a
 * {@code kill -9} of Maven cannot pass the signal on, so Payara went on running unseen, holding the
 * HTTP port and the H2 file's lock; the next start then found the database "already in use"
 * (docs/operations.md). Off by default: a server started by a shell that then exits, or by a
 * supervisor, must not follow its parent.
 */
@ApplicationScoped
public class ParentProcessWatch {
    private static final Logger LOG = Logger.getLogger(ParentProcessWatch.class.getName());

    @Inject
    @ConfigProperty(name = "qic.stop.with.parent", defaultValue = "false")
    boolean enabled;

    void watch(@Observes Startup started) {
        if (!enabled) {
            return;
        }
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    LOG.warning(() -> "The process that started QI Commons (pid " + parent.pid()
                            + ") has ended: stopping too (qic.stop.with.parent)");
                    System.exit(0);
                }));
    }
}
