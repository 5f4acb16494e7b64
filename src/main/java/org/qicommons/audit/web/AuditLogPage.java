package org.qicommons.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qicommons.audit.AuditAction;
import org.qicommons.audit.AuditEvent;
import org.qicommons.audit.AuditLog;
import org.qicommons.audit.AuditLog.AuditPage;
import org.qicommons.audit.AuditParams;
import org.qicommons.audit.AuditTarget;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.SiteRoleService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.AdministratorsOnly;
import org.qicommons.ui.Pages;

/**
 * {@code /admin/audit.xhtml}: the audit log, newest first, a page at a time, filtered by the GET
 * parameters of its form ({@code action}, {@code actor} as a member id or part of a name or address,
 * {@code from} and {@code to} as dates, {@code page} from 1); administrators only (a 404 for anyone
 * else). Bad input is a message on the filter form, never an error page.
 */
@Named
@RequestScoped
public class AuditLogPage {
    static final int PAGE_SIZE = 50;
    /** How many members whose name matches the "who" filter are offered to choose from. */
    static final int MAX_ACTORS = 20;

    private static final Map<String, String> FIELDS =
            Map.of("action", "The action", "actor", "Who", "from", "The “from” date", "to", "The “to” date");

    @Inject
    AuditLog audit;

    @Inject
    SiteRoleService roles;

    @Inject
    AdministratorsOnly administratorsOnly;

    @Inject
    CurrentMember current;

    private String action;
    private String actor;
    private String from;
    private String to;
    private int page;
    private AuditPage found;
    private List<Member> actorChoices = List.of();

    /** The view action: reads the filter and the page of events it asks for. */
    public void load() {
        if (!administratorsOnly.allowed()) {
            Pages.notFound();
            return;
        }
        action = Pages.param("action");
        actor = Pages.param("actor");
        from = Pages.param("from");
        to = Pages.param("to");
        Long asked = Pages.longParam("page");
        page = asked == null || asked < 1 || asked > 100_000 ? 1 : asked.intValue();
        try {
            String actorId = actorId();
            if (actorId == null && !blank(actor)) {
                return;
            }
            AuditLog.Filter filter = AuditParams.filter(actorId, action, from, to, null, null);
            found = audit.find(
                    current.viewer(),
                    new AuditLog.Filter(
                            filter.actorId(), filter.action(), filter.from(), filter.to(), page - 1, PAGE_SIZE));
        } catch (InvalidInputException e) {
            invalid(e);
        }
    }

    /**
     * The member the "who" filter names, as an id: the number typed, or the one member whose name or
     * address contains the text (or whose name it is exactly). Null, with a message on the field,
     * when nobody or several match; several are then offered to choose from.
     */
    private String actorId() {
        if (blank(actor) || actor.strip().matches("\\d{1,18}")) {
            return blank(actor) ? null : actor.strip();
        }
        List<Member> matching = roles.findMembers(current.viewer(), actor, MAX_ACTORS);
        List<Member> named = matching.stream()
                .filter(m -> m.getDisplayName().equalsIgnoreCase(actor.strip()))
                .toList();
        List<Member> candidates = named.size() == 1 ? named : matching;
        if (candidates.size() == 1) {
            return String.valueOf(candidates.get(0).getId());
        }
        if (candidates.isEmpty()) {
            Pages.error("filter-actor", "No member’s name or e-mail address contains “" + actor.strip() + "”.");
        } else {
            actorChoices = candidates;
            Pages.error(
                    "filter-actor",
                    (candidates.size() >= MAX_ACTORS ? "Many" : String.valueOf(candidates.size())) + " members match “"
                            + actor.strip() + "”: choose one below, or type more of the name.");
        }
        return null;
    }

    private static void invalid(InvalidInputException e) {
        String label = e.field() == null ? null : FIELDS.get(e.field());
        if (label == null) {
            Pages.error(null, Pages.sentence(e.getMessage()));
        } else if ("action".equals(e.field())) {
            Pages.error("filter-action", "Choose one of the actions listed.");
        } else if ("must be after from".equals(e.getMessage())) {
            Pages.error("filter-to", "The “to” date must be the same as the “from” date or after it.");
        } else {
            Pages.error("filter-" + e.field(), label + " " + e.getMessage() + ".");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The address of another page of these events, or of this filter with another member as "who". */
    public String address(int pageNumber, String who) {
        List<String> query = new ArrayList<>();
        add(query, "action", action);
        add(query, "actor", who);
        add(query, "from", from);
        add(query, "to", to);
        if (pageNumber > 1) {
            query.add("page=" + pageNumber);
        }
        return "/admin/audit.xhtml" + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private static void add(List<String> query, String name, String value) {
        if (!blank(value)) {
            query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
        }
    }

    /** Where the page about the action's target is, when there is one; null otherwise. */
    public String targetAddress(AuditEvent event) {
        AuditTarget target = event.target();
        return switch (target.kind()) {
            case MEMBER -> "/member/view.xhtml?id=" + target.id();
            case DISCUSSION -> "/discussion/view.xhtml?id=" + target.id();
            case POST -> "/p/" + target.id();
            case ORGANISATION -> "/admin/organisations.xhtml#organisation-" + target.id();
            // group pages are addressed by slug, which the log does not keep
            case GROUP -> null;
        };
    }

    /** "Member", "Discussion" and so on. */
    public String targetKind(AuditEvent event) {
        String name = event.target().kind().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    /** For the form's date field: only a date it can show (an instant or a bad value would be invalid HTML). */
    public String getFrom() {
        return dateOnly(from);
    }

    public String getTo() {
        return dateOnly(to);
    }

    private static String dateOnly(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeException e) {
            return null;
        }
    }

    public int getPage() {
        return page;
    }

    /** The events to show; null when the filter could not be read. */
    public AuditPage getFound() {
        return found;
    }

    public List<Member> getActorChoices() {
        return actorChoices;
    }

    public boolean isFiltered() {
        return !(blank(action) && blank(actor) && blank(from) && blank(to));
    }
}
