package cn.energyinspect.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.security.totp.Totp;
import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import cn.energyinspect.app.support.TestClock;
import cn.energyinspect.app.support.TestFixtures;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Login throttling (issue 12 item 12): by account and by client address, unknown and known usernames answered alike,
 * spraying slowed, and an attacker unable to lock the owner out. Each test acts from its own documentation addresses
 * (RFC 3849, sent as X-Forwarded-For), so the counters of one test never touch another's.
 */
@IntegrationTest
class LoginThrottlingTest {
    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Users users;

    @Autowired
    TestClock clock;

    /** Time stands still, so a wait of one second is still in force at the next request however slow the machine. */
    @BeforeEach
    void freezeClock() {
        clock.set(Instant.now());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void unknown_and_known_usernames_get_the_same_answers_up_to_the_same_429() {
        String known = users.create(Role.SUPERVISOR, "330106");
        String unknown = "nobody-" + System.nanoTime();
        Api attacker = Api.anonymous(port).from(address());

        for (int attempt = 1; attempt <= 7; attempt++) {
            Api.Response forKnown = login(attacker, known, "wrong-" + attempt);
            Api.Response forUnknown = login(attacker, unknown, "wrong-" + attempt);

            assertThat(forUnknown.status()).as("attempt %d", attempt).isEqualTo(forKnown.status());
            assertThat(comparable(forUnknown)).as("attempt %d", attempt).isEqualTo(comparable(forKnown));
            assertThat(forUnknown.headers().containsKey("retry-after"))
                    .isEqualTo(forKnown.headers().containsKey("retry-after"));
            if (attempt <= 5) {
                assertThat(forKnown.status()).isEqualTo(401);
            } else {
                assertThat(forKnown.status())
                        .as("attempt %d is throttled", attempt)
                        .isEqualTo(429);
                assertThat(forKnown.problemType()).isEqualTo("urn:energyinspect:problem:too-many-attempts");
                assertThat(Long.parseLong(forKnown.headers().get("retry-after").get(0)))
                        .isBetween(1L, 900L);
            }
        }
    }

    @Test
    void unknown_and_known_usernames_take_about_the_same_time() {
        String known = users.create(Role.INSPECTOR, "330106");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            // a fresh address each round, so no wait cuts either path short
            Api client = Api.anonymous(port).from(address());
            knownTimes.add(timed(() -> login(client, known, "wrong")));
            unknownTimes.add(timed(() -> login(client, "nobody-" + System.nanoTime(), "wrong")));
        }
        long knownMedian = median(knownTimes);
        long unknownMedian = median(unknownTimes);
        System.out.printf(
                "[login-timing] wrong password, median of 4: known user %d µs, unknown user %d µs%n",
                knownMedian, unknownMedian);

        // both run one BCrypt check (~50-100 ms); without the check for unknown names they differ twentyfold
        assertThat(unknownMedian * 3)
                .as("unknown %d µs vs known %d µs", unknownMedian, knownMedian)
                .isGreaterThan(knownMedian);
        assertThat(knownMedian * 3).isGreaterThan(unknownMedian);
    }

    @Test
    void spraying_one_password_across_accounts_from_one_address_is_slowed_there_only() {
        String victim = users.create(Role.SUPERVISOR, "330106");
        Api sprayer = Api.anonymous(port).from(address());
        for (int i = 0; i < 20; i++) {
            String target =
                    i % 2 == 0 ? users.create(Role.INSPECTOR, "330106") : "nobody-" + i + "-" + System.nanoTime();
            assertThat(login(sprayer, target, "Spring2026!").status()).isEqualTo(401);
        }

        Api.Response next = login(sprayer, victim, TestFixtures.PASSWORD);

        assertThat(next.status())
                .as("the address waits, even with a right password")
                .isEqualTo(429);
        assertThat(next.headers()).containsKey("retry-after");
        assertThat(login(Api.anonymous(port).from(address()), victim, TestFixtures.PASSWORD)
                        .status())
                .as("the same account from elsewhere is not affected")
                .isEqualTo(200);
    }

    @Test
    void an_attacker_guessing_from_one_address_does_not_lock_out_the_owner() {
        String owner = users.create(Role.SUPERVISOR, "330106");
        Api attacker = Api.anonymous(port).from(address());
        for (int i = 0; i < 8; i++) {
            login(attacker, owner, "guess-" + i);
        }
        assertThat(login(attacker, owner, "guess-again").status()).isEqualTo(429);

        assertThat(login(Api.anonymous(port).from(address()), owner, TestFixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void under_attack_from_many_addresses_the_owner_gets_in_with_the_second_factor() {
        String owner = users.create(Role.PROVINCE_ADMIN, "330000");
        String secret = SecondFactorTest.enrol(port, owner, clock);
        for (int i = 0; i < 50; i++) {
            assertThat(login(Api.anonymous(port).from(address()), owner, "guess-" + i)
                            .status())
                    .isIn(401, 429);
        }
        Api ownersPhone = Api.anonymous(port).from(address());

        Api.Response passwordOnly = login(ownersPhone, owner, TestFixtures.PASSWORD);
        assertThat(passwordOnly.status()).as("the account itself is throttled").isEqualTo(429);
        assertThat(passwordOnly.headers()).containsKey("retry-after");

        // the enrolment used this step's code; the next step's is accepted too (clock drift) and not yet used
        String code = Totp.code(secret, Totp.step(clock.instant()) + 1);
        Api.Response withCode = ownersPhone.post(
                "/api/v1/auth/token", Map.of("username", owner, "password", TestFixtures.PASSWORD, "code", code));
        assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);

        Api.Response wrongPasswordWithCode = Api.anonymous(port)
                .from(address())
                .post("/api/v1/auth/token", Map.of("username", owner, "password", "guess", "code", code));
        assertThat(wrongPasswordWithCode.status())
                .as("the owner's login ended the account's wait; a code does not help without the password")
                .isEqualTo(401);
    }

    static Api.Response login(Api client, String username, String password) {
        return client.post("/api/v1/auth/token", Map.of("username", username, "password", password));
    }

    /** An address of the IPv6 documentation range, new for each call. */
    static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "2001:db8:" + Integer.toHexString(random.nextInt(0x10000)) + ":"
                + Integer.toHexString(random.nextInt(0x10000)) + "::" + Integer.toHexString(random.nextInt(1, 0x10000));
    }

    /** The problem body without the members that differ on every answer. */
    private static String comparable(Api.Response response) {
        ObjectNode body = (ObjectNode) response.json();
        body.remove("traceId");
        body.remove("instance");
        return body.toString().replaceAll("\\d+ 秒", "N 秒").replaceAll("\"retryAfter\":\\d+", "\"retryAfter\":N");
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return (System.nanoTime() - start) / 1000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
