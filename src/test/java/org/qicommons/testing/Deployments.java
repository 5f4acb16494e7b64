package org.qicommons.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place Arquillian deployments are built: the real WAR that {@code mvn package} produced,
 * so tests run exactly what ships. In-container tests add their own test packages to it.
 */
public final class Deployments {
    private Deployments() {}

    /** The application as built, for HTTP and browser tests that talk to it from outside. */
    public static WebArchive application() {
        String war = System.getProperty("qic.war", "target/qicommons.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The application plus test packages, for tests that run inside the container. */
    public static WebArchive withTestPackages(Package... packages) {
        WebArchive archive = application();
        for (Package p : packages) {
            archive.addPackage(p);
        }
        archive.addPackage(Deployments.class.getPackage());
        return archive;
    }
}
