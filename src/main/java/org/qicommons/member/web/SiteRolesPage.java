package org.qicommons.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRole;
import org.qicommons.member.SiteRoleService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.AdministratorsOnly;
import org.qicommons.ui.Pages;

/**
 * {@code /admin/members.xhtml?q=…}: the site's staff, and the members whose name or address contains
 * {@code q}, each with a form to set their site roles, for administrators only (a 404 for anyone
 * else). A stateless page: the lists are loaded again on the postback, from the same address.
 */
@Named
@RequestScoped
public class SiteRolesPage {
    /** As many members as one search shows; a longer list means the search should be narrower. */
    static final int LIMIT = 50;

    @Inject
    SiteRoleService roles;

    @Inject
    AdministratorsOnly administratorsOnly;

    @Inject
    CurrentMember current;

    private String query;
    private List<Member> staff = List.of();
    private List<Member> found = List.of();
    private final Map<Long, Boolean> administrators = new HashMap<>();
    private final Map<Long, Boolean> moderators = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();

    /** Loads while the view is built, so that the forms are there to take the postback. */
    @PostConstruct
    void load() {
        if (!administratorsOnly.allowed()) {
            return;
        }
        query = Pages.param("q");
        staff = roles.listStaff(current.viewer());
        try {
            found = roles.findMembers(current.viewer(), query, LIMIT);
        } catch (InvalidInputException e) {
            Pages.error("q", "What you search for " + e.getMessage() + ".");
        }
        for (Member member : found) {
            Set<SiteRole> granted = member.grantedSiteRoles();
            administrators.put(member.getId(), granted.contains(SiteRole.ADMINISTRATOR));
            moderators.put(member.getId(), granted.contains(SiteRole.MODERATOR));
        }
    }

    /** Sets the member's roles to the boxes ticked in their form; a refusal is shown on that form. */
    public void save(Member member) {
        if (!administratorsOnly.allowed()) {
            Pages.notFound();
            return;
        }
        long id = member.getId();
        Set<SiteRole> wanted = EnumSet.noneOf(SiteRole.class);
        if (Boolean.TRUE.equals(administrators.get(id))) {
            wanted.add(SiteRole.ADMINISTRATOR);
        }
        if (Boolean.TRUE.equals(moderators.get(id))) {
            wanted.add(SiteRole.MODERATOR);
        }
        Set<SiteRole> before = member.grantedSiteRoles();
        try {
            roles.setSiteRoles(current.viewer(), id, wanted, reasons.get(id));
        } catch (InvalidInputException e) {
            // "roles": removing the last administrator (a ConflictException)
            boolean reason = "reason".equals(e.field());
            Pages.error(
                    "roles-" + id + (reason ? ":reason" : ":roles"),
                    reason ? "The reason " + e.getMessage() + "." : Pages.sentence(e.getMessage()));
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done(
                before.equals(wanted)
                        ? member.getDisplayName() + "’s roles are unchanged."
                        : member.getDisplayName() + describe(wanted));
        Pages.redirect(searchAddress(query) + "#member-" + id);
    }

    private static String describe(Set<SiteRole> roles) {
        if (roles.isEmpty()) {
            return " no longer has a site role.";
        }
        return " is now "
                + roles.stream()
                        .map(role -> role == SiteRole.ADMINISTRATOR ? "an administrator" : "a moderator")
                        .collect(Collectors.joining(" and "))
                + ".";
    }

    /** This page searching for the text (the whole page when it is blank). */
    public String searchAddress(String text) {
        return "/admin/members.xhtml"
                + (text == null || text.isBlank()
                        ? ""
                        : "?q=" + URLEncoder.encode(text.strip(), StandardCharsets.UTF_8));
    }

    /** "Administrator, Moderator", as granted (roles count once the member's address is confirmed). */
    public String roleNames(Member member) {
        return member.grantedSiteRoles().stream().map(SiteRole::label).collect(Collectors.joining(", "));
    }

    public String getQuery() {
        return query;
    }

    public boolean isSearched() {
        return query != null && !query.isBlank();
    }

    public List<Member> getStaff() {
        return staff;
    }

    public List<Member> getFound() {
        return found;
    }

    /** Whether the search found as many members as it shows: there may be more. */
    public boolean isMoreFound() {
        return found.size() >= LIMIT;
    }

    public int getLimit() {
        return LIMIT;
    }

    public Map<Long, Boolean> getAdministrators() {
        return administrators;
    }

    public Map<Long, Boolean> getModerators() {
        return moderators;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
