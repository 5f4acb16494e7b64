package org.qicommons.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.qicommons.core.NotFoundException;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.MarkdownRenderer;
import org.qicommons.discussion.PostHistory;
import org.qicommons.discussion.PostRevision;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/** A post now and every earlier version, newest first; each text rendered through the sanitiser. */
@Named
@RequestScoped
public class HistoryPage {
    @Inject
    DiscussionService discussions;

    @Inject
    CurrentMember current;

    private Long postId;
    private PostHistory history;
    private List<Version> versions;

    /** An earlier text, with its HTML already made safe. */
    public record Version(PostRevision revision, String html) {}

    public void load() {
        if (postId == null) {
            Pages.notFound();
            return;
        }
        try {
            history = discussions.postHistory(current.viewer(), postId);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        versions = history.revisions().stream()
                .map(revision -> new Version(revision, MarkdownRenderer.toSafeHtml(revision.getBody())))
                .toList();
    }

    public PostHistory getHistory() {
        return history;
    }

    public List<Version> getVersions() {
        return versions;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }
}
