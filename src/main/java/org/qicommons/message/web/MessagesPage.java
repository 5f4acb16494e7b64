package org.qicommons.message.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.ActivityItem;
import org.qicommons.discussion.ActivityPage;
import org.qicommons.discussion.Discussion;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.message.MessageService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * The member's private conversations (/message/), and writing a new message (/message/new.xhtml, with
 * {@code ?to=} from a profile's "Send a message", or a name typed in).
 */
@Named
@RequestScoped
public class MessagesPage {
    private static final Map<String, String> FIELDS =
            Map.of("to", "To", "title", "Subject", "body", "Message", "name", "To");

    @Inject
    MessageService messages;

    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    private ActivityPage page;
    private Member recipient;
    private String name;
    private String title;
    private String body;

    public void check() {
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next=%2Fmessage%2F");
            return;
        }
        try {
            page = messages.inbox(current.viewer(), Pages.param("cursor"), 0);
        } catch (InvalidInputException e) {
            Pages.notFound();
        }
    }

    /** The new-message page: who it is for, when the address names them. */
    public void checkNew() {
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next=%2Fmessage%2Fnew.xhtml");
            return;
        }
        if (Pages.longParam("to") != null && getRecipient() == null) {
            Pages.notFound();
        }
    }

    public void send() {
        Long to = Pages.longParam("to");
        if (to == null) {
            List<Member> named = members.findByName(name, 2);
            if (named.size() != 1) {
                Pages.error(
                        "message:name",
                        named.isEmpty()
                                ? "To: no member has that name. Type their name as it shows on their profile."
                                : "To: more than one member has that name. Open their profile and use “Send a message”.");
                return;
            }
            to = named.getFirst().getId();
        }
        Discussion thread;
        try {
            thread = messages.startConversation(current.viewer(), Set.of(to), title, body);
        } catch (InvalidInputException e) {
            Pages.invalid("message", e, FIELDS, field -> field.equals("to") ? "name" : field);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        }
        Pages.done("Your message has been sent.");
        Pages.redirect("/discussion/view.xhtml?id=" + thread.getId());
    }

    public List<ActivityItem> getItems() {
        return page == null ? List.of() : page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    /** The member the address names ({@code ?to=}), on the page and on its postback alike; null if none. */
    public Member getRecipient() {
        Long to = Pages.longParam("to");
        if (recipient == null && to != null) {
            try {
                recipient = members.findMember(to);
            } catch (NotFoundException e) {
                return null;
            }
        }
        return recipient;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
