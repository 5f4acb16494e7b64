package org.qicommons.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.qicommons.ui.ErrorAnswers;

/**
 * Keeps a crowd from knocking the app over. Payara's HTTP pool has 200 threads; 200 pages rendered
 * at once on 2 cores are no faster than 8, but each holds its thread's data, entities and page
 * buffers at the same time, which is how a crowd ran the heap out. So at most
 * {@code qic.http.concurrency} requests do work at once (default four per core); the others wait
 * their turn in arrival order, holding almost nothing. A request that would wait longer than
 * {@code qic.http.queue.seconds}, or arrives when {@code qic.http.queue.max} are already waiting,
 * gets a quick 503 with Retry-After instead of a slow time-out. Static files and health checks are
 * not counted.
 */
public class LoadShedding extends HttpFilter {
    private static final Logger LOG = Logger.getLogger(LoadShedding.class.getName());
    static final int RETRY_AFTER_SECONDS = 5;

    private Admission admission;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        Config settings = ConfigProvider.getConfig(LoadShedding.class.getClassLoader());
        int cores = Runtime.getRuntime().availableProcessors();
        int concurrency =
                settings.getOptionalValue("qic.http.concurrency", Integer.class).orElse(Math.max(4, 4 * cores));
        long queueNanos = TimeUnit.SECONDS.toNanos(settings.getOptionalValue("qic.http.queue.seconds", Integer.class)
                .orElse(10));
        int maxWaiting =
                settings.getOptionalValue("qic.http.queue.max", Integer.class).orElse(1000);
        admission = new Admission(concurrency, maxWaiting, queueNanos);
        LOG.info(() -> "Serving at most " + concurrency + " requests at once (" + cores + " cores); up to "
                + maxWaiting + " wait their turn, for at most " + TimeUnit.NANOSECONDS.toSeconds(queueNanos)
                + " s");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (exempt(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!admission.enter()) {
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }

    private static boolean exempt(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/resources/")
                || path.startsWith("/jakarta.faces.resource/")
                || path.startsWith("/health")
                || path.equals("/favicon.ico");
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        ErrorAnswers.write(
                request,
                response,
                request.getRequestURI().substring(request.getContextPath().length()),
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Service Unavailable",
                "QI Commons is very busy just now",
                "Please try again in a few seconds. Nothing you sent has been lost: go back and send it again.");
    }
}
