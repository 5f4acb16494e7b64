package org.qicommons.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;

/**
 * Who runs the site: the members whose e-mail address is listed in {@code qic.admin.emails}
 * ({@code QIC_ADMIN_EMAILS}, comma-separated). Configuration rather than a role in the database,
 * because the first administrator must exist before anyone could grant the role, and because it is
 * needed only for a few operations pages (the search index). Compared case-insensitively.
 */
@ApplicationScoped
public class SiteAdmins {
    @Inject
    @ConfigProperty(name = "qic.admin.emails")
    Optional<String> emails;

    @Inject
    MemberService members;

    public boolean isAdmin(Viewer viewer) {
        if (!viewer.signedIn()) {
            return false;
        }
        Set<String> admins = configured();
        if (admins.isEmpty()) {
            return false;
        }
        try {
            Member member = members.findMember(viewer.memberId());
            String email = member.getEmail();
            // someone who signed up with an administrator's address gets nothing until they prove it is theirs
            return email != null && member.isEmailConfirmed() && admins.contains(email.toLowerCase(Locale.ROOT));
        } catch (NotFoundException e) {
            return false;
        }
    }

    private Set<String> configured() {
        return Arrays.stream(emails.orElse("").split(","))
                .map(String::strip)
                .filter(email -> !email.isEmpty())
                .map(email -> email.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
    }
}
