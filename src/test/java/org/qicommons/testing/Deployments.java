package org.qicommons.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one place Arquillian deployments are built: the real WAR that {@code mvn package} produced,
 * so tests run exactly what ships. In-container tests add their own test packages to it.
 */
public final class Deployments {
    private Deployments() {}

    private static final String CONFIG = "WEB-INF/classes/META-INF/microprofile-config.properties";

    /**
     * The application as built, for HTTP and browser tests that talk to it from outside, with no
     * write limits (the tests post far more, from far newer accounts, than any member could) and no
     * e-mail confirmation before posting (there is no mail server; {@link #withMail} has both).
     */
    public static WebArchive application() {
        return withSettings(built(), """
                qic.limits.posts.per.hour=0
                qic.limits.posts.per.hour.new=0
                qic.limits.signups.per.hour=0
                qic.limits.organisations.per.hour=0
                qic.confirm.email=false
                qic.notifications.gap.seconds=3
                """);
    }

    /**
     * The application sending its e-mail to an SMTP server at this port on this machine (GreenMail in
     * the test), without TLS, with links to http://qicommons.test, and new members confirming their
     * address before they post, as shipped (the other deployments skip that: their members post at once).
     */
    public static WebArchive withMail(int smtpPort) {
        return withSettings(
                application(),
                "qic.smtp.host=127.0.0.1\nqic.smtp.port=" + smtpPort
                        + "\nqic.smtp.tls=false\nqic.mail.from=QI Commons <no-reply@qicommons.test>"
                        + "\nqic.base.url=http://qicommons.test\nqic.confirm.email=true\n");
    }

    /** The application with its write limits as shipped (the tests of those limits); no e-mail confirmation. */
    public static WebArchive withWriteLimits() {
        return withSettings(built(), "qic.confirm.email=false\n");
    }

    private static WebArchive built() {
        String war = System.getProperty("qic.war", "target/qicommons.war");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
    }

    /** The archive with these settings added to its MicroProfile Config file (the last line wins). */
    private static WebArchive withSettings(WebArchive archive, String settings) {
        String shipped;
        try (var in = archive.get(CONFIG).getAsset().openStream()) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.delete(CONFIG);
        archive.add(new StringAsset(shipped + "\n# added for the tests\n" + settings), CONFIG);
        return archive;
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
