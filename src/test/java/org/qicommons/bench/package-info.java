/**
 * Benchmarks of the running app as its users meet it (pages, API, start-up), and what every
 * benchmark shares: the app as a child process ({@link org.qicommons.bench.PayaraApp}) and how
 * latencies are reported. Run through the {@code benchmark} Maven profile; see docs/benchmarks.md.
 * Measurements, not tests: nothing here runs in {@code mvn verify}.
 */
package org.qicommons.bench;
