package org.qicommons.organisation.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.AdministratorsOnly;
import org.qicommons.ui.Pages;

/**
 * {@code /admin/organisations.xhtml}: every organisation, the official ones nobody has verified yet
 * first (they are the administrators' work), each with a form to verify it or withdraw its
 * verification; administrators only (a 404 for anyone else). Stateless, as the members page.
 */
@Named
@RequestScoped
public class OrganisationVerificationPage {
    private static final Map<String, String> FIELDS =
            Map.of("emailDomain", "The e-mail domain", "reason", "The reason");
    private static final Map<String, String> INPUTS = Map.of("emailDomain", "domain", "reason", "reason");

    @Inject
    OrganisationService organisations;

    @Inject
    AdministratorsOnly administratorsOnly;

    @Inject
    CurrentMember current;

    private List<Organisation> listed = List.of();
    private final Map<Long, String> domains = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** Loads while the view is built, so that the forms are there to take the postback. */
    @PostConstruct
    void load() {
        if (!administratorsOnly.allowed()) {
            return;
        }
        listed = organisations.listOrganisations().stream()
                .sorted(Comparator.comparing((Organisation o) -> !o.isUnverifiedOfficial()))
                .toList();
        listed.forEach(o -> domains.put(o.getId(), o.getEmailDomain()));
    }

    public void verify(Organisation organisation) {
        set(organisation, true, domains.get(organisation.getId()), " is verified.");
    }

    public void withdraw(Organisation organisation) {
        set(organisation, false, null, " is no longer verified.");
    }

    private void set(Organisation organisation, boolean verified, String domain, String done) {
        if (!administratorsOnly.allowed()) {
            Pages.notFound();
            return;
        }
        long id = organisation.getId();
        Organisation after;
        try {
            after = organisations.setVerification(current.viewer(), id, verified, domain, reasons.get(id));
        } catch (InvalidInputException e) {
            Pages.invalid("organisation-" + id + "-form", e, FIELDS, INPUTS::get);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(after.getName()
                + done
                + (after.getEmailDomain() == null
                        ? ""
                        : " It vouches only for members with a confirmed address at " + after.getEmailDomain() + "."));
        Pages.redirect("/admin/organisations.xhtml#organisation-" + id);
    }

    public List<Organisation> getOrganisations() {
        return listed;
    }

    public long getUnverifiedOfficial() {
        return listed.stream().filter(Organisation::isUnverifiedOfficial).count();
    }

    public Map<Long, String> getDomains() {
        return domains;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
