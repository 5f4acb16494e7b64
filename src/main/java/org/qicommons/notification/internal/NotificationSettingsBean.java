package org.qicommons.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Viewer;
import org.qicommons.notification.NotificationSetting;
import org.qicommons.notification.NotificationSettingsService;

@ApplicationScoped
@Transactional
public class NotificationSettingsBean implements NotificationSettingsService {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Override
    public boolean emailReplies(Viewer viewer) {
        requireSignedIn(viewer);
        NotificationSetting setting = em.find(NotificationSetting.class, viewer.memberId());
        return setting == null ? NotificationSetting.DEFAULT_EMAIL_REPLIES : setting.isEmailReplies();
    }

    @Override
    public void setEmailReplies(Viewer viewer, boolean on) {
        requireSignedIn(viewer);
        of(viewer.memberId()).emailReplies(on, Instant.now());
    }

    @Override
    public void unsubscribe(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            throw new InvalidInputException("key", "is not an unsubscribe link of ours");
        }
        NotificationSetting setting = em.createQuery(
                        "select s from NotificationSetting s where s.unsubscribeKey = :key", NotificationSetting.class)
                .setParameter("key", key.strip())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("key", "is not an unsubscribe link of ours"));
        setting.emailReplies(false, Instant.now());
    }

    @Override
    public String feedKey(Viewer viewer) {
        requireSignedIn(viewer);
        NotificationSetting setting = of(viewer.memberId());
        if (setting.getFeedKey() == null) {
            setting.newFeedKey(secret(), Instant.now());
        }
        return setting.getFeedKey();
    }

    @Override
    public String resetFeedKey(Viewer viewer) {
        requireSignedIn(viewer);
        NotificationSetting setting = of(viewer.memberId());
        setting.newFeedKey(secret(), Instant.now());
        return setting.getFeedKey();
    }

    @Override
    public java.util.Optional<Long> memberOfFeedKey(String key) {
        if (key == null || key.isBlank() || key.length() > 64) {
            return java.util.Optional.empty();
        }
        return em.createQuery("select s.memberId from NotificationSetting s where s.feedKey = :key", Long.class)
                .setParameter("key", key.strip())
                .getResultStream()
                .findFirst();
    }

    private static String secret() {
        byte[] key = new byte[24];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** The member's settings row, made with the defaults and a new unsubscribe key when there is none. */
    NotificationSetting of(long memberId) {
        NotificationSetting setting = em.find(NotificationSetting.class, memberId);
        if (setting == null) {
            setting = new NotificationSetting(memberId, secret(), Instant.now());
            em.persist(setting);
        }
        return setting;
    }

    private static void requireSignedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw new ForbiddenException("sign in to change your notification settings");
        }
    }
}
