package org.qicommons.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.qicommons.member.SiteRoleService;

/**
 * At start-up, makes the members listed in {@code QIC_ADMIN_EMAILS} administrators if the site has
 * none yet and their address is confirmed (a member who confirms later becomes one when they first
 * open an administration page). Once the site has an administrator, the list grants nothing more.
 */
@Singleton
@Startup
@DependsOn("SampleContent")
public class AdministratorBootstrap {
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    SiteRoleService roles;

    @PostConstruct
    void bootstrap() {
        try {
            roles.bootstrapAdministrators();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check for a first administrator (QIC_ADMIN_EMAILS)", e);
        }
    }
}
