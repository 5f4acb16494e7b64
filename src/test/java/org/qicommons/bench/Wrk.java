package org.qicommons.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load tool: <a href="https://github.com/wg/wrk">wrk</a>, run as a process with a Lua script that
 * spreads the requests over many URLs (and, signed in, over many members' session cookies), counts the
 * answers by status class and those that set a cookie. Its report is parsed into a {@link Result}; the
 * script and wrk's own output are kept beside each other for a second look.
 */
final class Wrk {
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern PERCENTILE = Pattern.compile("\\n\\s+(50|75|90|99)%\\s+([\\d.]+)(us|ms|s|m)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern NON_2XX_3XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern STATUSES =
            Pattern.compile("qic-statuses 2xx=(\\d+) 3xx=(\\d+) 4xx=(\\d+) 5xx=(\\d+) other=(\\d+) set-cookie=(\\d+)");

    /** What one run measured; latencies in milliseconds. */
    record Result(
            String label,
            int connections,
            double requestsPerSecond,
            long requests,
            double p50,
            double p75,
            double p90,
            double p99,
            long non2xx3xx,
            long connectErrors,
            long readErrors,
            long writeErrors,
            long timeouts,
            long status4xx,
            long status5xx,
            long setCookie) {
        long socketErrors() {
            return connectErrors + readErrors + writeErrors;
        }
    }

    private final Path dir;
    private final String base;
    private final int threads;
    private final Duration timeout;

    /** Runs against {@code base} ("http://127.0.0.1:8400"), keeping scripts and reports in {@code dir}. */
    Wrk(Path dir, String base, int threads, Duration timeout) {
        this.dir = dir;
        this.base = base;
        this.threads = threads;
        this.timeout = timeout;
    }

    /** Fails with what to do when wrk is not installed. */
    static void requireInstalled() {
        try {
            Process wrk = new ProcessBuilder("wrk", "--version")
                    .redirectErrorStream(true)
                    .start();
            wrk.getInputStream().readAllBytes();
            wrk.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(
                    "The page benchmark drives its load with wrk, which is not installed (or not on the PATH):"
                            + " on Debian or Ubuntu, apt-get install wrk; on macOS, brew install wrk.",
                    e);
        }
    }

    /**
     * {@code connections} clients for {@code duration}, each request for one of {@code paths} at random,
     * with one of {@code cookies} at random ("" for none; an empty list for anonymous only).
     */
    Result run(String label, List<String> paths, List<String> cookies, int connections, Duration duration)
            throws IOException, InterruptedException {
        String name = label.replaceAll("[^A-Za-z0-9]+", "-");
        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, script(paths, cookies.isEmpty() ? List.of("") : cookies));
        Path report = dir.resolve(name + ".txt");
        Process wrk = new ProcessBuilder(
                        "wrk",
                        "-t" + Math.min(threads, connections),
                        "-c" + connections,
                        "-d" + duration.toSeconds() + "s",
                        "--timeout",
                        timeout.toSeconds() + "s",
                        "--latency",
                        "-s",
                        script.toString(),
                        base)
                .redirectErrorStream(true)
                .redirectOutput(report.toFile())
                .start();
        if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            wrk.destroyForcibly();
            throw new IllegalStateException("wrk did not finish: see " + report);
        }
        String output = Files.readString(report, StandardCharsets.UTF_8);
        if (wrk.exitValue() != 0 || !REQUESTS_PER_SECOND.matcher(output).find()) {
            throw new IllegalStateException("wrk failed (exit " + wrk.exitValue() + "): " + output);
        }
        return parse(label, connections, output);
    }

    static Result parse(String label, int connections, String output) {
        double[] percentiles = new double[4];
        Matcher p = PERCENTILE.matcher(output);
        while (p.find()) {
            int index = List.of("50", "75", "90", "99").indexOf(p.group(1));
            percentiles[index] = milliseconds(Double.parseDouble(p.group(2)), p.group(3));
        }
        long[] socket = new long[4];
        Matcher s = SOCKET_ERRORS.matcher(output);
        if (s.find()) {
            for (int i = 0; i < 4; i++) {
                socket[i] = Long.parseLong(s.group(i + 1));
            }
        }
        Matcher statuses = STATUSES.matcher(output);
        boolean counted = statuses.find();
        return new Result(
                label,
                connections,
                Double.parseDouble(first(REQUESTS_PER_SECOND, output, "0")),
                Long.parseLong(first(REQUESTS, output, "0")),
                percentiles[0],
                percentiles[1],
                percentiles[2],
                percentiles[3],
                Long.parseLong(first(NON_2XX_3XX, output, "0")),
                socket[0],
                socket[1],
                socket[2],
                socket[3],
                counted ? Long.parseLong(statuses.group(3)) : -1,
                counted ? Long.parseLong(statuses.group(4)) : -1,
                counted ? Long.parseLong(statuses.group(6)) : -1);
    }

    private static String first(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }

    private static double milliseconds(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    /**
     * Each wrk thread runs its own copy of the script (its own Lua state): counts live per thread and
     * are added up in done(), which runs once, from the thread objects setup() kept.
     */
    private static String script(List<String> paths, List<String> cookies) {
        return """
                local paths = { %s }
                local cookies = { %s }
                local threads = {}
                local count = 0

                function setup(thread)
                  count = count + 1
                  thread:set("seed", count)
                  table.insert(threads, thread)
                end

                function init(args)
                  math.randomseed(seed)
                  s2, s3, s4, s5, other, setcookie = 0, 0, 0, 0, 0, 0
                end

                function request()
                  local cookie = cookies[math.random(#cookies)]
                  local headers = {}
                  if cookie ~= "" then headers["Cookie"] = cookie end
                  return wrk.format("GET", paths[math.random(#paths)], headers)
                end

                function response(status, headers, body)
                  if status >= 200 and status < 300 then s2 = s2 + 1
                  elseif status >= 300 and status < 400 then s3 = s3 + 1
                  elseif status >= 400 and status < 500 then s4 = s4 + 1
                  elseif status >= 500 and status < 600 then s5 = s5 + 1
                  else other = other + 1 end
                  if headers["Set-Cookie"] or headers["set-cookie"] then setcookie = setcookie + 1 end
                end

                function done(summary, latency, requests)
                  local t = { 0, 0, 0, 0, 0, 0 }
                  for _, thread in ipairs(threads) do
                    t[1] = t[1] + thread:get("s2")
                    t[2] = t[2] + thread:get("s3")
                    t[3] = t[3] + thread:get("s4")
                    t[4] = t[4] + thread:get("s5")
                    t[5] = t[5] + thread:get("other")
                    t[6] = t[6] + thread:get("setcookie")
                  end
                  io.write(string.format("qic-statuses 2xx=%%d 3xx=%%d 4xx=%%d 5xx=%%d other=%%d set-cookie=%%d\\n",
                    t[1], t[2], t[3], t[4], t[5], t[6]))
                end
                """.formatted(lua(paths), lua(cookies));
    }

    private static String lua(List<String> strings) {
        return strings.stream()
                .map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(", "));
    }

    static String describe(Result r) {
        return String.format(
                Locale.ROOT,
                "%,.0f req/s, p50 %.1f ms, p99 %.1f ms, non-2xx/3xx %d, 5xx %d, socket errors %d, timeouts %d",
                r.requestsPerSecond(),
                r.p50(),
                r.p99(),
                r.non2xx3xx(),
                r.status5xx(),
                r.socketErrors(),
                r.timeouts());
    }
}
