package org.qicommons.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pages as an anonymous reader sees them, kept for half a minute (by default). What such a reader may see is the
 * same for every anonymous reader (public content only), so one rendering can serve them all.
 *
 * <p>Two things bound how stale a kept page can be. Any change ({@link #changed()}, called after every
 * request that may write) drops every kept page at once: after a post, a hidden reply or a group
 * made private, nobody is served the page from before it. A page rendered while a change was being
 * made is not kept, because it may show the state before it ({@link #keep} compares the version it
 * was rendered at). And every page is rendered again once it is older than its time to live (and
 * never served when older than twice that), which bounds what no request announces: relative times
 * ("2 minutes ago") and changes made on another node.
 */
final class PageCache {
    /** A rendered page: what the reader's response needs to be rebuilt byte for byte. */
    record Page(String contentType, List<Header> headers, byte[] body, long version, long renderedAt) {
        int weight() {
            return body.length + 64 * headers.size() + 128;
        }
    }

    record Header(String name, String value) {}

    private final Cache<String, Page> pages;
    private final AtomicLong version = new AtomicLong();
    private final Map<String, CompletableFuture<Page>> rendering = new ConcurrentHashMap<>();
    private final Ticker ticker;
    private final long timeToLive;

    PageCache(long maxBytes, Duration timeToLive, Ticker ticker) {
        this.ticker = ticker;
        this.timeToLive = timeToLive.toNanos();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Page page) -> key.length() * 2 + page.weight())
                // a lapsed page is still served while one reader's request renders it again
                .expireAfterWrite(timeToLive.multipliedBy(2))
                .ticker(ticker)
                .build();
    }

    /** The version a page about to be rendered is from. */
    long version() {
        return version.get();
    }

    /** The time a page about to be rendered is from, on this cache's clock. */
    long now() {
        return ticker.read();
    }

    /**
     * The kept page for this address, if there is one from the current version; null when the caller
     * is to render it (and then {@link #keep} or {@link #abandon} it). One reader at a time renders
     * a page: while it does, the others are given the lapsed page if there is one (nothing has
     * changed since it was rendered, since a change drops it, so it differs from a fresh one only in
     * its relative times), or else wait up to {@code wait} for the one being rendered. So a crowd on
     * one page is not let through all at once whenever it lapses, nor after every change.
     */
    Page find(String key, Duration wait) {
        Page page = current(pages.getIfPresent(key));
        if (page != null && ticker.read() - page.renderedAt() < timeToLive) {
            return page;
        }
        CompletableFuture<Page> other = rendering.putIfAbsent(key, new CompletableFuture<>());
        if (other == null) {
            return null; // this caller's turn
        }
        if (page != null) {
            return page;
        }
        try {
            return current(other.get(wait.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Page current(Page page) {
        return page != null && page.version() == version.get() ? page : null;
    }

    /** The caller of {@link #find} could not render a page worth keeping: those waiting render their own. */
    void abandon(String key) {
        CompletableFuture<Page> waiting = rendering.remove(key);
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    /** Keeps a page, unless something changed after the version it was rendered at. */
    void keep(String key, Page page) {
        if (page.version() == version.get()) {
            pages.put(key, page);
            if (page.version() != version.get()) {
                // a change landed between the check and the put: the page may predate it
                pages.invalidate(key);
            }
        }
        CompletableFuture<Page> waiting = rendering.remove(key);
        if (waiting != null) {
            // those waiting check the version themselves
            waiting.complete(page);
        }
    }

    /** Something may have changed what anonymous readers see: no kept page is served again. */
    void changed() {
        version.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }
}
