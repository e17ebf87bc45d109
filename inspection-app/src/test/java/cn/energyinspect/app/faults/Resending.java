package cn.energyinspect.app.faults;

import static cn.energyinspect.app.support.EnterpriseBuilder.anEnterprise;

import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.idempotency.IdempotencyKeys;
import cn.energyinspect.app.support.Api;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A client that registers enterprises one after another while a server is killed under the app, as a real client
 * does: each registration carries its Idempotency-Key; a 503 or no answer is resent with the same key until it is
 * acknowledged. It records every answer, how long the slowest took and any answer other than 201 or a 503 problem.
 */
final class Resending implements Runnable {
    private final Api api;
    private final String region;
    private final String name;
    private volatile boolean stopped;
    final List<String> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> unexpected = new ConcurrentHashMap<>();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger resent = new AtomicInteger();
    final AtomicLong slowestMillis = new AtomicLong();
    final List<String> problemTypes = java.util.Collections.synchronizedList(new ArrayList<>());

    Resending(Api api, String region, String name) {
        this.api = api;
        this.region = region;
        this.name = name;
    }

    @Override
    public void run() {
        while (!stopped) {
            EnterpriseForm form = anEnterprise()
                    .inRegion(region)
                    .named(name + System.nanoTime() + "有限公司")
                    .build();
            Api keyed = api.withHeader(IdempotencyKeys.HEADER, "register-" + form.uscc());
            for (int attempt = 0; ; attempt++) {
                if (attempt > 0) {
                    resent.incrementAndGet();
                }
                long t0 = System.nanoTime();
                Api.Response response;
                try {
                    response = keyed.post("/api/v1/enterprises", form);
                } catch (UncheckedIOException noAnswer) {
                    unexpected.put(form.uscc() + "#" + attempt, "no answer: " + noAnswer.getMessage());
                    ChildApp.sleep(200);
                    continue;
                } finally {
                    slowestMillis.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                }
                if (response.status() == 201) {
                    acknowledged.add(form.uscc());
                    break;
                }
                if (response.status() == 503 && response.contentType().startsWith("application/problem+json")) {
                    refused.incrementAndGet();
                    problemTypes.add(response.problemType());
                    ChildApp.sleep(200);
                    continue;
                }
                unexpected.put(form.uscc() + "#" + attempt, response.status() + " " + response.body());
                break;
            }
            ChildApp.sleep(50);
        }
    }

    void stop() {
        stopped = true;
    }
}
