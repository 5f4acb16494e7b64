package org.qicommons.feed.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.feed.Feed;
import org.qicommons.feed.FeedService;
import org.qicommons.mail.Mailer;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.notification.NotificationSettingsService;

/**
 * Atom feeds: {@code /feeds/groups/{slug}.atom}, {@code /feeds/projects/{id}.atom}, {@code
 * /feeds/members/{id}.atom}, {@code /feeds/search.atom?q=…}. Without {@code ?key=} they read as an
 * anonymous visitor (public content only); with a member's secret feed key, as that member. A feed
 * the reader may not read, or a key that is no one's, is "not found".
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {
    private static final Pattern GROUP = Pattern.compile("/groups/([a-z0-9-]{1,100})\\.atom");
    private static final Pattern PROJECT = Pattern.compile("/projects/(\\d{1,18})\\.atom");
    private static final Pattern MEMBER = Pattern.compile("/members/(\\d{1,18})\\.atom");

    @Inject
    FeedService feeds;

    @Inject
    NotificationSettingsService settings;

    @Inject
    MemberService members;

    @Inject
    Mailer mailer;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String key = request.getParameter("key");
        Optional<Viewer> viewer = reader(key);
        if (viewer.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Feed feed;
        try {
            feed = feed(viewer.get(), path, request.getParameter("q"));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.field() + " " + e.getMessage());
            return;
        }
        if (feed == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/atom+xml;charset=UTF-8");
        // a keyed feed is one member's: never kept by a shared cache
        response.setHeader("Cache-Control", key == null ? "public, max-age=300" : "private, max-age=300");
        try {
            new SyndFeedOutput().output(atom(feed, request.getRequestURL().toString()), response.getWriter());
        } catch (FeedException e) {
            throw new IOException("Could not write the feed", e);
        }
    }

    private Feed feed(Viewer viewer, String path, String query) {
        Matcher found;
        if ((found = GROUP.matcher(path)).matches()) {
            return feeds.group(viewer, found.group(1));
        }
        if ((found = PROJECT.matcher(path)).matches()) {
            return feeds.project(viewer, Long.parseLong(found.group(1)));
        }
        if ((found = MEMBER.matcher(path)).matches()) {
            return feeds.member(viewer, Long.parseLong(found.group(1)));
        }
        if (path.equals("/search.atom")) {
            return feeds.search(viewer, query);
        }
        return null;
    }

    /** Anonymous without a key; the key's member with one; empty for a key that is no one's. */
    private Optional<Viewer> reader(String key) {
        if (key == null) {
            return Optional.of(Viewer.anonymous());
        }
        return settings.memberOfFeedKey(key).map(id -> {
            Member member = members.findMember(id);
            return Viewer.of(member);
        });
    }

    private SyndFeed atom(Feed feed, String self) {
        String site = mailer.siteAddress();
        SyndFeed atom = new SyndFeedImpl();
        atom.setFeedType("atom_1.0");
        atom.setTitle(feed.title());
        atom.setUri(site + feed.path());
        atom.setLink(site + feed.path());
        SyndLinkImpl selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setHref(self);
        selfLink.setType("application/atom+xml");
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setHref(site + feed.path());
        alternate.setType("text/html");
        atom.setLinks(List.of(alternate, selfLink));
        atom.setDescription(feed.subtitle());
        atom.setPublishedDate(
                feed.entries().isEmpty()
                        ? new Date(0)
                        : Date.from(feed.entries().stream()
                                .map(Feed.Entry::updated)
                                .max(java.util.Comparator.naturalOrder())
                                .orElseThrow()));
        atom.setEntries(feed.entries().stream().map(entry -> entry(entry, site)).toList());
        return atom;
    }

    private static SyndEntry entry(Feed.Entry entry, String site) {
        SyndEntry atom = new SyndEntryImpl();
        atom.setTitle(entry.title());
        atom.setLink(site + entry.path());
        atom.setUri(site + entry.path());
        atom.setAuthor(entry.author() == null ? "QI Commons" : entry.author());
        atom.setPublishedDate(Date.from(entry.published()));
        atom.setUpdatedDate(Date.from(entry.updated()));
        SyndContentImpl content = new SyndContentImpl();
        content.setType("html");
        content.setValue(entry.html() == null ? "" : entry.html());
        atom.setContents(List.of(content));
        return atom;
    }
}
