/**
 * Benchmarks: the speed figures of the platform, measured through its HTTP API on the real embedded MariaDB and
 * Elasticsearch, and printed rather than asserted. A timed unit test flakes on a busy two-core machine and says nothing
 * when it passes; a benchmark that prints its figures lets a person compare runs and machines. Each benchmark asserts
 * only that the work it timed was done, and is skipped unless run with {@code -Dbench=true}.
 */
package cn.energyinspect.app.bench;
