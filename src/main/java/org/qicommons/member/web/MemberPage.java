package org.qicommons.member.web;

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

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            member = members.findMember(id);
        } catch (NotFoundException e) {
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

    public void setId(Long id) {
        this.id = id;
    }
}
