package cn.energyinspect.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseSteps;
import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.MobileDevice;
import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Figures of the inspectors' offline app and its sync, printed as {@code BENCH mobile:} lines; only the work is
 * asserted (everything stored, nothing twice, nothing lost), never a time. Loopback only, every loop bounded. Skipped
 * unless asked for:
 *
 * <pre>
 * ./mvnw -pl inspection-app -am verify -Dbench=true -Dtest='MobileSyncBenchmark' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <ol>
 *   <li>the app shell (every file the service worker precaches) and one case's offline bundle, raw and gzip;
 *   <li>the sync of one visit of 50 checklist items, 10 photos and 3 signatures, as the device sends it;
 *   <li>the load driver: {@code -Dbench.devices} (default 1,000) simulated devices, each syncing a 50-item visit with 5
 *       photos and 2 signatures and its record, from {@code -Dbench.clients} (default 32) client threads, every
 *       device resending one command as after a lost answer; accepted, stored, duplicated, lost, p50/p99 per request,
 *       and the database pool and CPU seen while it ran.
 * </ol>
 *
 * The photos are JPEGs made here at 2048×1536, quality 0.8 (what the device's compression produces from a 2 MB
 * phone photo); the browser's own compression is exercised by {@code MobileAppBrowserTest}.
 */
@Tag("bench")
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MobileSyncBenchmark {
    static final String PREFIX = "BENCH mobile: ";
    static final int DEVICES = Integer.getInteger("bench.devices", 1000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int CASES_PER_WORLD = 50;
    static final Duration SETUP_BOUND = Duration.ofMinutes(8);
    static final Duration LOAD_BOUND = Duration.ofMinutes(4);

    @LocalServerPort
    int port;

    @Autowired
    CaseWorld worlds;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    static void print(String line) {
        System.out.println(PREFIX + line);
    }

    @Test
    @Order(1)
    void app_shell_and_offline_bundle_sizes() throws Exception {
        Path shell = Paths.get("target", "classes", "static", "m");
        assertThat(shell.resolve("sw.js")).exists();
        long raw = 0;
        long gzip = 0;
        int files = 0;
        try (var walk = Files.walk(shell)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.matches(".*\\.(js|css|html|png|svg|webmanifest)$")) {
                    byte[] bytes = Files.readAllBytes(file);
                    raw += bytes.length;
                    gzip += gzip(bytes).length;
                    files++;
                }
            }
        }
        print(String.format(
                Locale.ROOT, "app shell: %d files, %.0f KB raw, %.0f KB gzip", files, raw / 1024.0, gzip / 1024.0));

        CaseSteps steps = onSiteCase(worlds.create("330106"), template50());
        Api.Response bundle = steps.inspector1.get("/mobile/v1/inspections/" + steps.caseId + "/bundle");
        assertThat(bundle.status()).isEqualTo(200);
        byte[] body = bundle.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        print(String.format(
                Locale.ROOT,
                "offline bundle of one case (50-item checklist, quota indicators and equipment types): %.0f KB raw,"
                        + " %.0f KB gzip",
                body.length / 1024.0,
                gzip(body).length / 1024.0));
    }

    @Test
    @Order(2)
    void one_visit_of_50_items_10_photos_3_signatures() throws Exception {
        long template = template50();
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            photos.add(photo(2048, 1536, i));
        }
        List<Long> times = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < 4; run++) {
            CaseSteps steps = onSiteCase(worlds.create("330106"), template);
            Visit visit = new Visit(steps, steps.caseId, photos, true);
            long started = System.nanoTime();
            bytes = visit.sync(null);
            times.add(System.nanoTime() - started);
            assertThat(steps.detail().path("status").asText()).isEqualTo("INSPECTED");
        }
        long photoBytes = photos.stream().mapToLong(p -> p.length).sum();
        print(String.format(
                Locale.ROOT,
                "one visit (50 items, 10 photos of %.0f KB avg after compression, 3 signatures, record): %.0f ms median"
                        + " of 3 after a warm-up (%s), %.1f MB sent in 15 requests",
                photoBytes / 10 / 1024.0,
                Latencies.ofNanos(times.subList(1, times.size())).percentile(50),
                Latencies.ofNanos(times.subList(1, times.size())).summary(),
                bytes / 1024.0 / 1024.0));
    }

    @Test
    @Order(3)
    void load_of_simulated_devices() throws Exception {
        long template = template50();
        byte[][] photos = new byte[5][];
        for (int i = 0; i < 5; i++) {
            photos[i] = photo(1024, 768, 100 + i);
        }
        int worldsNeeded = (DEVICES + CASES_PER_WORLD - 1) / CASES_PER_WORLD;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(CLIENTS, 8));
        Instant setupGiveUp = Instant.now().plus(SETUP_BOUND);
        Queue<Visit> cases = new ConcurrentLinkedQueue<>();
        long setupStarted = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < worldsNeeded; w++) {
                int wanted = Math.min(CASES_PER_WORLD, DEVICES - w * CASES_PER_WORLD);
                done.add(pool.submit(() -> {
                    CaseSteps steps = new CaseSteps(port, worlds.create("330106"));
                    for (int i = 0; i < wanted && Instant.now().isBefore(setupGiveUp); i++) {
                        onSite(steps, template);
                        cases.add(new Visit(steps, steps.caseId, List.of(photos), false));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(SETUP_BOUND.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        print(String.format(
                Locale.ROOT,
                "load setup: %d cases on site in %.0f s (opened and assigned through the API)",
                cases.size(),
                (System.nanoTime() - setupStarted) / 1e9));

        Map<String, Queue<Long>> latencies = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger duplicateReceipts = new AtomicInteger();
        AtomicLong sentBytes = new AtomicLong();
        Sampler sampler = new Sampler((HikariDataSource) dataSource);
        ExecutorService devices = Executors.newFixedThreadPool(CLIENTS);
        Instant giveUp = Instant.now().plus(LOAD_BOUND);
        List<Visit> all = new ArrayList<>(cases);
        List<Long> caseIds = all.stream().map(v -> v.caseId).toList();
        sampler.start();
        long started = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Visit visit : all) {
                runs.add(devices.submit(() -> {
                    if (Instant.now().isAfter(giveUp)) {
                        return null;
                    }
                    try {
                        sentBytes.addAndGet(visit.sync((kind, nanos, response) -> {
                            latencies
                                    .computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>())
                                    .add(nanos);
                            if (response.status() == 200) {
                                accepted.incrementAndGet();
                                if (response.json().path("duplicate").asBoolean()) {
                                    duplicateReceipts.incrementAndGet();
                                }
                            } else {
                                refused.incrementAndGet();
                            }
                        }));
                    } catch (RuntimeException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(LOAD_BOUND.toSeconds() + 60, TimeUnit.SECONDS);
            }
        } finally {
            devices.shutdownNow();
            sampler.stop();
        }
        double wall = (System.nanoTime() - started) / 1e9;

        String ids = caseIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        int inspected =
                count("SELECT COUNT(*) FROM inspection_case WHERE status = 'INSPECTED' AND id IN (" + ids + ")");
        int files = count("SELECT COUNT(*) FROM evidence_file WHERE case_id IN (" + ids + ")");
        int metas = count("SELECT COUNT(*) FROM mobile_evidence WHERE case_id IN (" + ids + ")");
        int answers = count("SELECT COUNT(*) FROM checklist_answer WHERE case_id IN (" + ids + ")");
        int twice = count("SELECT COUNT(*) FROM (SELECT case_id, sha256 FROM evidence_file WHERE case_id IN (" + ids
                + ") GROUP BY case_id, sha256 HAVING COUNT(*) > 1) d");
        int expectedFiles = all.size() * 7;
        print(String.format(
                Locale.ROOT,
                "load: %d devices x (1 answers of 50 items + 5 photos of %.0f KB + 2 signatures + record + 1 resend)"
                        + " from %d client threads in %.1f s wall (target 60 s); %.1f MB sent",
                all.size(),
                photos[0].length / 1024.0,
                CLIENTS,
                wall,
                sentBytes.get() / 1024.0 / 1024.0));
        print(String.format(
                Locale.ROOT,
                "load: accepted %d requests (%d of them resends answered with the first receipt), refused %d;"
                        + " stored: %d records completed, %d files, %d answers; duplicated %d (must be 0); lost %d"
                        + " (must be 0)",
                accepted.get(),
                duplicateReceipts.get(),
                refused.get(),
                inspected,
                files,
                answers,
                twice + Math.max(0, files - expectedFiles),
                Math.max(0, expectedFiles - files) + Math.max(0, all.size() - inspected)));
        new LinkedHashMap<>(new java.util.TreeMap<>(latencies)).forEach((kind, nanos) -> {
            Latencies l = Latencies.ofNanos(nanos);
            print(String.format(
                    Locale.ROOT,
                    "load: %-9s n=%d p50=%.0f ms p99=%.0f ms max=%.0f ms",
                    kind,
                    l.count(),
                    l.percentile(50),
                    l.percentile(99),
                    l.percentile(100)));
        });
        print("load: " + sampler.summary());
        assertThat(twice).as("no file stored twice").isZero();
        assertThat(metas).isEqualTo(files);
    }

    /** One device's visit: answers, photos, signatures, the record; with {@code load}, one command sent twice. */
    final class Visit {
        final CaseSteps steps;
        final long caseId;
        final List<byte[]> photos;
        final boolean threeSignatures;
        final MobileDevice device;

        Visit(CaseSteps steps, long caseId, List<byte[]> photos, boolean threeSignatures) {
            this.steps = steps;
            this.caseId = caseId;
            this.photos = photos;
            this.threeSignatures = threeSignatures;
            this.device = new MobileDevice(port, steps.inspector1, caseId);
        }

        interface Probe {
            void seen(String kind, long nanos, Api.Response response);
        }

        long sync(Probe probe) {
            long bytes = 0;
            String salt = caseId + "-";
            Map<String, Object> answers = answers50();
            bytes += timed(probe, "answers", () -> device.answers(salt + "a", answers, Map.of()), 4000);
            List<String> hashes = new ArrayList<>();
            for (int i = 0; i < photos.size(); i++) {
                byte[] photo = photos.get(i);
                // one visit's photos are its own: a byte of the case id makes each case's files distinct
                byte[] own = photo.clone();
                own[own.length - 3] = (byte) (caseId + i);
                hashes.add(MobileDevice.sha256(own));
                int index = i;
                bytes += timed(
                        probe,
                        "photo",
                        () -> device.photo(salt + "p" + index, index + ".jpg", own, "现场 " + index),
                        own.length);
            }
            List<List<String>> signatures = new ArrayList<>();
            String[] signers = threeSignatures
                    ? new String[] {steps.world.inspector1(), steps.world.inspector2(), "王厂长"}
                    : new String[] {steps.world.inspector1(), steps.world.inspector2()};
            for (int i = 0; i < signers.length; i++) {
                byte[] png = MobileDevice.png((int) (caseId * 7 + i));
                String role = i < 2 ? "INSPECTOR" : "REPRESENTATIVE";
                signatures.add(List.of(role, signers[i], MobileDevice.sha256(png)));
                int index = i;
                bytes += timed(
                        probe,
                        "signature",
                        () -> device.signature(salt + "s" + index, role, signers[index], png),
                        png.length);
            }
            Map<String, Object> record = new LinkedHashMap<>(MobileDevice.signedRecord(hashes, signatures));
            String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
            Instant start = LocalDate.now(ZoneId.of("Asia/Shanghai"))
                    .atStartOfDay(ZoneId.of("Asia/Shanghai"))
                    .toInstant();
            record.put("startedAt", start.plusSeconds(60).toString());
            record.put("endedAt", Instant.now().toString());
            if (!threeSignatures) {
                record.put("representativeSigned", false);
                record.put("refusalReason", "拒绝签字");
            }
            bytes += timed(probe, "record", () -> device.record(salt + "r", record), 2000);
            if (probe != null) {
                // the answer to one command was lost: the device sends it again
                bytes += timed(
                        probe,
                        "resend",
                        () -> device.photo(salt + "p0", "0.jpg", ownCopy(0), "现场 0"),
                        photos.get(0).length);
            }
            assertThat(today).isNotBlank();
            return bytes;
        }

        byte[] ownCopy(int i) {
            byte[] own = photos.get(i).clone();
            own[own.length - 3] = (byte) (caseId + i);
            return own;
        }

        long timed(Probe probe, String kind, java.util.function.Supplier<Api.Response> call, long size) {
            long started = System.nanoTime();
            Api.Response response = call.get();
            long nanos = System.nanoTime() - started;
            if (probe != null) {
                probe.seen(kind, nanos, response);
            } else {
                assertThat(response.status()).as(kind + ": " + response.body()).isEqualTo(200);
            }
            return size;
        }
    }

    /** 50 answers of the 50-item template: yes/no, numbers, texts, a clinker row, a motor, two meter readings. */
    static Map<String, Object> answers50() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 30; i++) {
            answers.put("Q" + i, Map.of("value", true));
        }
        for (int i = 1; i <= 10; i++) {
            answers.put("N" + i, Map.of("value", 100 + i));
        }
        for (int i = 1; i <= 6; i++) {
            answers.put("T" + i, Map.of("text", "现场情况说明第 " + i + " 项：设备运行正常，记录齐全。"));
        }
        answers.put("UNIT_CONSUMPTION", CaseSteps.clinkerAnswers(105).get("UNIT_CONSUMPTION"));
        answers.put(
                "EQUIPMENT",
                Map.of(
                        "rows",
                        List.of(Map.of("type", "MOTOR", "ratedPowerKw", 55, "poles", 4, "efficiencyPercent", 94.6))));
        answers.put(
                "METER_READINGS", Map.of("rows", List.of(Map.of("meter", "1号总电表", "value", 123456.7, "unit", "kWh"))));
        answers.put("SITE_PHOTOS", Map.of("evidenceIds", List.of()));
        return answers;
    }

    /** A checklist template of 50 items (inserted once). */
    long template50() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            items.add(Map.of("code", "Q" + i, "kind", "YES_NO", "label", "检查事项 " + i));
        }
        for (int i = 1; i <= 10; i++) {
            items.add(Map.of("code", "N" + i, "kind", "NUMBER", "label", "数值 " + i, "unit", "tce"));
        }
        for (int i = 1; i <= 6; i++) {
            items.add(Map.of("code", "T" + i, "kind", "TEXT", "label", "说明 " + i));
        }
        items.add(Map.of("code", "UNIT_CONSUMPTION", "kind", "QUOTA", "label", "单位产品综合能耗"));
        items.add(Map.of("code", "EQUIPMENT", "kind", "EQUIPMENT", "label", "主要用能设备"));
        items.add(Map.of("code", "METER_READINGS", "kind", "METER", "label", "计量表读数"));
        items.add(Map.of("code", "SITE_PHOTOS", "kind", "PHOTO", "label", "现场照片"));
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(items);
            jdbc.update(
                    "INSERT IGNORE INTO checklist_template (code, version, inspection_type, title, items_json)"
                            + " VALUES ('BENCH_50', 1, 'ON_SITE', '基准测试检查表（50 项）', ?)",
                    json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return jdbc.queryForObject(
                "SELECT id FROM checklist_template WHERE code = 'BENCH_50' AND version = 1", Long.class);
    }

    CaseSteps onSiteCase(CaseWorld.World world, long template) {
        CaseSteps steps = new CaseSteps(port, world);
        onSite(steps, template);
        return steps;
    }

    void onSite(CaseSteps steps, long template) {
        steps.open("COMPLAINT");
        jdbc.update("UPDATE inspection_case SET template_id = ? WHERE id = ?", template, steps.caseId);
        CaseSteps.ok(steps.assignTeam(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    static byte[] gzip(byte[] bytes) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }

    /** A photo-like JPEG (smooth shading with sensor noise) at quality 0.8. */
    static byte[] photo(int width, int height, long seed) throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (x * 255 / width + y * 128 / height) & 0xFF;
                int n = random.nextInt(24);
                int r = Math.min(255, base + n);
                int g = Math.min(255, (base / 2 + 60) + n);
                int b = Math.min(255, (255 - base) / 2 + n);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.8f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Samples the database pool and the process CPU every 200 ms while the load runs. */
    static final class Sampler {
        final HikariDataSource pool;
        final List<int[]> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
        final List<Double> cpu = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean running;
        Thread thread;

        Sampler(HikariDataSource pool) {
            this.pool = pool;
        }

        void start() {
            running = true;
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            thread = new Thread(() -> {
                for (int i = 0; running && i < 10_000; i++) {
                    var mx = pool.getHikariPoolMXBean();
                    samples.add(new int[] {mx.getActiveConnections(), mx.getThreadsAwaitingConnection()});
                    cpu.add(os.getCpuLoad());
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2000);
        }

        String summary() {
            int size = pool.getHikariConfigMXBean().getMaximumPoolSize();
            int maxActive = samples.stream().mapToInt(s -> s[0]).max().orElse(0);
            int maxWaiting = samples.stream().mapToInt(s -> s[1]).max().orElse(0);
            double busy = samples.stream().filter(s -> s[0] >= size).count() * 100.0 / Math.max(1, samples.size());
            double cpuMean = cpu.stream()
                            .mapToDouble(Double::doubleValue)
                            .filter(c -> c >= 0)
                            .average()
                            .orElse(-1)
                    * 100;
            double cpuHigh = cpu.stream().filter(c -> c >= 0.95).count() * 100.0 / Math.max(1, cpu.size());
            return String.format(
                    Locale.ROOT,
                    "database pool %d connections: max %d in use, max %d requests waiting, all in use %.0f%% of the"
                            + " time; machine CPU mean %.0f%%, at >= 95%% for %.0f%% of the time (%s saturated first)",
                    size,
                    maxActive,
                    maxWaiting,
                    busy,
                    cpuMean,
                    cpuHigh,
                    cpuHigh > busy ? "the CPU" : "the database pool");
        }
    }
}
