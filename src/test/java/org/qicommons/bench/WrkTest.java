package org.qicommons.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The page benchmark reads wrk's report as wrk 4.1 writes it; a misread figure would go unnoticed. */
class WrkTest {
    @Test
    void readsThroughputPercentilesErrorsAndTheScriptsCounts() {
        String report = """
                Running 30s test @ http://127.0.0.1:8190
                  2 threads and 50 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     1.32s   528.62ms   1.98s    42.86%
                    Req/Sec    10.97      8.42    30.00     77.14%
                  Latency Distribution
                     50%  850.00us
                     75%   12.50ms
                     90%    1.55s
                     99%    1.02m
                  5700 requests in 30.17s, 2.65MB read
                  Socket errors: connect 1, read 2, write 3, timeout 43
                  Non-2xx or 3xx responses: 7
                Requests/sec:    188.93
                Transfer/sec:    525.23KB
                qic-statuses 2xx=5690 3xx=3 4xx=2 5xx=5 other=0 set-cookie=5700
                """;
        Wrk.Result r = Wrk.parse("home", 50, report);
        assertEquals(188.93, r.requestsPerSecond(), 0.001);
        assertEquals(5700, r.requests());
        assertEquals(0.85, r.p50(), 0.001);
        assertEquals(12.5, r.p75(), 0.001);
        assertEquals(1550, r.p90(), 0.001);
        assertEquals(61_200, r.p99(), 0.001);
        assertEquals(7, r.non2xx3xx());
        assertEquals(6, r.socketErrors());
        assertEquals(43, r.timeouts());
        assertEquals(2, r.status4xx());
        assertEquals(5, r.status5xx());
        assertEquals(5700, r.setCookie());
    }

    @Test
    void aQuietRunHasNoErrorLines() {
        String report = """
                  Latency Distribution
                     50%    3.10ms
                     75%    4.00ms
                     90%    5.00ms
                     99%    9.99ms
                  100 requests in 1.00s, 1.00MB read
                Requests/sec:    100.00
                """;
        Wrk.Result r = Wrk.parse("json", 50, report);
        assertEquals(0, r.socketErrors() + r.timeouts() + r.non2xx3xx());
        assertEquals(-1, r.status5xx(), "no counts from the script: unknown, not zero");
        assertEquals(9.99, r.p99(), 0.001);
    }
}
