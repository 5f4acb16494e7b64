package org.qicommons.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The real app: Payara Micro with the packaged WAR, as a child process of the benchmark, started the
 * way the {@code run} profile starts it. Only this process is ever stopped (by its own handle, also
 * from a shutdown hook): other Payara instances on the machine are not ours.
 */
public final class PayaraApp implements AutoCloseable {
    /** The flight recording the app runs under, for profiles (see {@link RebuildProfile}). */
    public static final String RECORDING = "bench";

    private final Process process;
    private final Thread stopOnExit;
    private final Path log;
    private final long startedNanos;

    private PayaraApp(Process process, Path log, long startedNanos) {
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
        this.stopOnExit = new Thread(this::stop, "stop-payara");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts Payara Micro on {@code port} with {@code heap} (-Xmx), the further JVM options
     * {@code jvmOptions} (such as {@link #flightRecording}) and the app's settings in {@code env}; its
     * output goes to {@code log}. Inherited QIC_* variables are removed first, so only the given
     * settings count.
     */
    public static PayaraApp start(
            Path jar, Path war, int port, String heap, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        Path rootDir = log.resolveSibling("payara-root");
        deleteTree(rootDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Xmx" + heap); // after the options, so that it counts even if they give one
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--nocluster",
                "--rootdir",
                rootDir.toString(),
                "--contextroot",
                "/",
                "--deploy",
                war.toString(),
                "--port",
                Integer.toString(port),
                "--prebootcommandfile",
                Path.of("config", "pre-boot.asadmin").toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("QIC_"));
        // the benchmark loads a whole forum through the API from a few new accounts: no write limits
        builder.environment().put("QIC_LIMITS_POSTS_PER_HOUR", "0");
        builder.environment().put("QIC_LIMITS_POSTS_PER_HOUR_NEW", "0");
        builder.environment().put("QIC_LIMITS_SIGNUPS_PER_HOUR", "0");
        builder.environment().put("QIC_CONFIRM_EMAIL", "false");
        builder.environment().putAll(env);
        long started = System.nanoTime();
        return new PayaraApp(builder.start(), log, started);
    }

    /**
     * JVM options for a flight recording named {@link #RECORDING}, its repository beside {@code log}
     * (emptied first): default settings cost about 1%; deep stacks so a rebuild's own frame stays
     * visible.
     */
    public static List<String> flightRecording(Path log) throws IOException {
        Path repository = log.resolveSibling("jfr-repository");
        deleteTree(repository);
        return List.of(
                "-XX:StartFlightRecording=name=" + RECORDING + ",settings=default",
                "-XX:FlightRecorderOptions=stackdepth=512,repository=" + repository);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Time since the JVM was started (just before the process was created). */
    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /**
     * A memory figure of the process from /proc (Linux), in MB: {@code VmRSS} is resident memory now
     * (what {@code ps -o rss} shows), {@code VmHWM} its peak.
     */
    public long memoryMb(String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        throw new IllegalStateException("no " + field + " in /proc/" + pid() + "/status");
    }

    /** Waits until {@code probe} answers 200: the WAR is deployed and the database reached. */
    public void awaitReady(URI probe, Duration max) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(probe)
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app did not answer " + probe + " within " + max + "; see " + log);
    }

    /** Runs {@code jcmd <pid> command...} and returns its output. */
    public String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid()));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor(30, TimeUnit.SECONDS);
        return output;
    }

    /**
     * The collections so far, from {@code jstat -gcutil}: "old generation 97% full; 12 young (3.1 s), 40
     * full (95.0 s), 3 concurrent (0.2 s) collections".
     */
    public String gcSummary() throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "jstat").toString(),
                        "-gcutil",
                        Long.toString(pid()))
                .redirectErrorStream(true)
                .start();
        String[] lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .strip()
                .split("\n");
        jstat.waitFor(30, TimeUnit.SECONDS);
        if (lines.length < 2) {
            return String.join(" ", lines);
        }
        List<String> names = List.of(lines[0].strip().split("\\s+"));
        String[] values = lines[1].strip().split("\\s+");
        Function<String, String> value = name -> names.indexOf(name) < 0 ? "?" : values[names.indexOf(name)];
        return String.format(
                "old generation %s%% full; %s young (%s s), %s full (%s s), %s concurrent (%s s) collections",
                value.apply("O"),
                value.apply("YGC"),
                value.apply("YGCT"),
                value.apply("FGC"),
                value.apply("FGCT"),
                value.apply("CGC"),
                value.apply("CGCT"));
    }

    /** CPU seconds (user + system) this process has used so far. */
    public double cpuSeconds() {
        return Cpu.seconds(pid());
    }

    /** The app's log so far. */
    public String log() throws IOException {
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs, and finds the process gone
        }
    }

    public static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** CPU time of processes, threads and the whole machine, from /proc (Linux). */
    public static final class Cpu {
        /** Clock ticks per second in /proc; 100 on every Linux this runs on. */
        private static final double TICKS = 100.0;

        private Cpu() {}

        /** CPU seconds (user + system) a process has used. */
        public static double seconds(long pid) {
            return fromStat(Path.of("/proc", Long.toString(pid), "stat"));
        }

        /** CPU seconds one thread (by its native id) of a process has used. */
        public static double threadSeconds(long pid, long tid) {
            return fromStat(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat"));
        }

        /** CPU seconds every core of the machine has been busy, whoever for. */
        public static double machineSeconds() {
            try {
                String[] fields =
                        Files.readAllLines(Path.of("/proc/stat")).getFirst().split("\\s+");
                // cpu user nice system idle iowait irq softirq steal: all but idle and iowait are work
                long busy = 0;
                for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                    busy += Long.parseLong(fields[i]);
                }
                return busy / TICKS;
            } catch (IOException e) {
                return 0;
            }
        }

        private static double fromStat(Path stat) {
            try {
                String line = Files.readString(stat);
                // fields after the command name, which is in parentheses and may hold spaces
                String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
                // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
