package org.qicommons.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {
    private static final Duration TTL = Duration.ofSeconds(5);
    private static final Duration NO_WAIT = Duration.ZERO;
    private static final String HOME = "http://localhost:8080/";

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker clock = nanos::get;
    private final PageCache cache = new PageCache(1024 * 1024, TTL, clock);

    private PageCache.Page rendered(String text) {
        return new PageCache.Page(
                "text/html;charset=UTF-8",
                List.of(new PageCache.Header("X-Frame-Options", "DENY")),
                text.getBytes(StandardCharsets.UTF_8),
                cache.version(),
                cache.now());
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aPageIsRenderedOnceAndThenServedAsItWas() {
        assertNull(cache.find(HOME, NO_WAIT), "nothing kept yet: the caller renders");
        PageCache.Page page = rendered("<p>home</p>");
        cache.keep(HOME, page);

        PageCache.Page found = cache.find(HOME, NO_WAIT);
        assertSame(page, found);
        assertArrayEquals("<p>home</p>".getBytes(StandardCharsets.UTF_8), found.body());
        assertNull(cache.find("http://localhost:8080/group/", NO_WAIT), "another address is another page");
    }

    @Test
    void aChangeDropsEveryKeptPage() {
        cache.keep(HOME, rendered("before"));
        cache.changed();
        assertNull(cache.find(HOME, NO_WAIT));
        assertEquals(0, cache.size());
    }

    @Test
    void aPageRenderedWhileSomethingChangedIsNotKept() {
        assertNull(cache.find(HOME, NO_WAIT));
        PageCache.Page renderingBeforeTheChange = rendered("may show the old state");
        cache.changed();
        cache.keep(HOME, renderingBeforeTheChange);
        assertNull(cache.find(HOME, NO_WAIT), "the page may predate the change");
    }

    @Test
    void aLapsedPageIsRenderedAgainByOneReaderWhileTheOthersAreGivenIt() {
        PageCache.Page old = rendered("3 minutes ago");
        cache.keep(HOME, old);
        advance(TTL.plusMillis(1));

        assertNull(cache.find(HOME, NO_WAIT), "the first reader after it lapsed renders it again");
        assertSame(old, cache.find(HOME, NO_WAIT), "meanwhile the others are given the lapsed page");
        assertSame(old, cache.find(HOME, NO_WAIT));

        PageCache.Page fresh = rendered("4 minutes ago");
        cache.keep(HOME, fresh);
        assertSame(fresh, cache.find(HOME, NO_WAIT));
    }

    @Test
    void aPageIsNeverServedWhenOlderThanTwiceItsTimeToLive() {
        cache.keep(HOME, rendered("old"));
        advance(TTL.multipliedBy(2).plusMillis(1));
        assertNull(cache.find(HOME, NO_WAIT));
        assertNull(cache.find(HOME, NO_WAIT), "nothing to give while another renders, and no time to wait");
    }

    @Test
    void readersArrivingWhileAPageIsFirstRenderedWaitForIt() throws Exception {
        assertNull(cache.find(HOME, NO_WAIT), "the first reader renders");
        CompletableFuture<PageCache.Page> second =
                CompletableFuture.supplyAsync(() -> cache.find(HOME, Duration.ofSeconds(30)));
        TimeUnit.MILLISECONDS.sleep(50); // the second reader is waiting (if it were not, it would still get the page)
        PageCache.Page page = rendered("home");
        cache.keep(HOME, page);
        assertSame(page, second.get(30, TimeUnit.SECONDS));
    }

    @Test
    void whenTheRenderingReaderGivesUpTheWaitingOnesRenderTheirOwn() throws Exception {
        assertNull(cache.find(HOME, NO_WAIT));
        CompletableFuture<PageCache.Page> second =
                CompletableFuture.supplyAsync(() -> cache.find(HOME, Duration.ofSeconds(30)));
        TimeUnit.MILLISECONDS.sleep(50);
        cache.abandon(HOME);
        assertNull(second.get(30, TimeUnit.SECONDS));
        assertNull(cache.find(HOME, NO_WAIT), "and the next reader gets the turn to render");
    }

    @Test
    void aWaitingReaderIsNotGivenAPageFromBeforeAChange() throws Exception {
        assertNull(cache.find(HOME, NO_WAIT));
        PageCache.Page renderingBeforeTheChange = rendered("old state");
        cache.changed();
        CompletableFuture<PageCache.Page> arrivedAfterTheChange =
                CompletableFuture.supplyAsync(() -> cache.find(HOME, Duration.ofSeconds(30)));
        TimeUnit.MILLISECONDS.sleep(50);
        cache.keep(HOME, renderingBeforeTheChange);
        assertNull(arrivedAfterTheChange.get(30, TimeUnit.SECONDS));
    }

    @Test
    void keptPagesStayWithinTheirMemoryBudget() {
        PageCache small = new PageCache(200 * 1024, TTL, clock);
        byte[] body = new byte[20 * 1024];
        for (int i = 0; i < 100; i++) {
            small.keep(
                    HOME + "discussion/" + i,
                    new PageCache.Page("text/html", List.of(), body, small.version(), small.now()));
        }
        long kept = small.size();
        assertTrue(kept > 0 && kept <= 10, "about 200 KB of 20 KB pages are kept, not " + kept);
    }
}
