package org.qicommons.ui;

import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves anonymous readers a page rendered less than half a minute ago for another anonymous
 * reader. Most of a forum's page views are people reading without signing in, and every one of them may see exactly
 * the same thing (public content), so rendering the page once every half minute serves them all; a
 * crowd of readers then costs little more than one.
 *
 * <p>Only a GET that carries no cookie and no credentials counts as anonymous: a browser with a
 * session (signed in, or part-way through a form) is always given a freshly rendered page. Only a
 * complete, ordinary page is kept: not an error, a redirect, or a page that set a cookie or opened
 * a session. The address, host included, is the key, since that is all that varies the page.
 * Every request that may write (anything but GET, HEAD and OPTIONS, pages and API alike) drops
 * every kept page once it is done, unless it was refused (a 4xx answer: nothing was written, and
 * junk posts must not be a way to make every reader's page be rendered again); see {@link PageCache}
 * for what else bounds staleness.
 */
public class AnonymousPages extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(AnonymousPages.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> NOT_PAGES =
            Set.of("/api/", "/resources/", "/jakarta.faces.resource/", "/p/", "/health", "/openapi");
    private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "content-length", "content-type", "date");
    private static final int MAX_KEY_LENGTH = 2048;
    /** How long a reader waits for a page another reader is rendering before rendering it too. */
    private static final Duration RENDER_WAIT = Duration.ofSeconds(2);

    private PageCache cache;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(AnonymousPages.class.getClassLoader());
        int megabytes =
                settings.getOptionalValue("qic.page-cache.mb", Integer.class).orElse(32);
        int seconds = settings.getOptionalValue("qic.page-cache.seconds", Integer.class)
                .orElse(30);
        if (megabytes > 0 && seconds > 0) {
            cache = new PageCache(megabytes * 1024L * 1024L, Duration.ofSeconds(seconds), Ticker.systemTicker());
            LOG.info(() -> "Anonymous readers share pages rendered in the last " + seconds + " s (up to " + megabytes
                    + " MB of them)");
        } else {
            LOG.info("The anonymous page cache is off (qic.page-cache.mb or qic.page-cache.seconds is 0)");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (cache == null) {
            chain.doFilter(request, response);
        } else if (!READS.contains(request.getMethod())) {
            try {
                chain.doFilter(request, response);
            } finally {
                if (mayHaveWritten(response.getStatus())) {
                    cache.changed();
                }
            }
        } else if (anonymousPage(request)) {
            serve(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = keyOf(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Page ready = cache.find(key, RENDER_WAIT);
        if (ready != null) {
            replay(ready, response);
            return;
        }
        long version = cache.version();
        long renderedAt = cache.now();
        boolean kept = false;
        try {
            CapturedResponse captured = new CapturedResponse(response);
            chain.doFilter(request, captured);
            captured.release();
            if (captured.keepable() && request.getSession(false) == null && response.getContentType() != null) {
                cache.keep(
                        key,
                        new PageCache.Page(
                                response.getContentType(), headersOf(response), captured.body(), version, renderedAt));
                kept = true;
            }
        } finally {
            if (!kept) {
                cache.abandon(key);
            }
        }
    }

    private static boolean anonymousPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())
                || request.getHeader("Cookie") != null
                || request.getHeader("Authorization") != null) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    /**
     * Whether a writing request's answer leaves open that something was written: anything but a
     * refusal. A 5xx counts, since it may come after a commit.
     */
    static boolean mayHaveWritten(int status) {
        return status < 400 || status >= 500;
    }

    /** The page's address as the reader asked for it; null when it is too long to be worth keeping. */
    private static String keyOf(HttpServletRequest request) {
        String query = request.getQueryString();
        String key = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getRequestURI() + (query == null ? "" : "?" + query);
        return key.length() > MAX_KEY_LENGTH ? null : key;
    }

    private static List<PageCache.Header> headersOf(HttpServletResponse response) {
        List<PageCache.Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new PageCache.Header(name, value)));
            }
        }
        return List.copyOf(headers);
    }

    private static void replay(PageCache.Page page, HttpServletResponse response) throws IOException {
        Set<String> replaced = new HashSet<>();
        for (PageCache.Header header : page.headers()) {
            // set, not added, where a filter before this one has already given the header
            if (replaced.add(header.name())) {
                response.setHeader(header.name(), header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
