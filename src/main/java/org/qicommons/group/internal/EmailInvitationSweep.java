package org.qicommons.group.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once an hour, ends the invitations by e-mail address whose 30 days are up, with the membership
 * invitations they made that nobody answered. Lists leave them out from the moment they lapse; this
 * takes the invitation away from its invitee too, within the hour.
 */
@Singleton
public class EmailInvitationSweep {
    private static final Logger LOG = Logger.getLogger(EmailInvitationSweep.class.getName());

    @Inject
    EmailInvitations invitations;

    /** No transaction here: the sweep has its own, so that a failure is caught and logged, not a rollback. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int ended = invitations.sweep(Instant.now());
            if (ended > 0) {
                LOG.info(() -> ended + " invitations by e-mail address lapsed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end lapsed invitations by e-mail address; trying again in an hour", e);
        }
    }
}
