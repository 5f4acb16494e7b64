package org.qicommons.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.qicommons.core.NotFoundException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** A member's public profile. The e-mail address is never shown here, not even to the member. */
@Named
@RequestScoped
public class MemberPage {
    @Inject
    MemberService members;

    @Inject
    CurrentMember current;

    private Long id;
    private Member member;

    /**
     * Loads from the request's {@code id} when the bean is made, on a postback too: the profile's
     * forms (a site moderator's suspension form) post back to this address and need the member.
     */
    @PostConstruct
    void load() {
        id = Pages.longParam("id");
        if (id != null) {
            try {
                member = members.findMember(id);
            } catch (NotFoundException e) {
                member = null;
            }
        }
    }

    /** The view action: no such member, the site's 404. */
    public void check() {
        if (member == null) {
            Pages.notFound();
        }
    }

    public boolean isOwnProfile() {
        return member != null && current.viewer().is(member.getId());
    }

    public Member getMember() {
        return member;
    }

    public Long getId() {
        return id;
    }
}
