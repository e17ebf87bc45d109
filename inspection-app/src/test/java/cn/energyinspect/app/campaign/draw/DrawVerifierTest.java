package cn.energyinspect.app.campaign.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.campaign.draw.DrawResult.StratumDraw;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public's side: an honest file is verified, any tampering with pool, seed or result is rejected. */
class DrawVerifierTest {
    private final Random random = new Random(42L);

    @Test
    void an_honest_published_draw_is_verified() {
        for (int trial = 0; trial < 100; trial++) {
            var verdict = DrawVerifier.verify(DrawFixtures.scenario(random).publish());
            assertThat(verdict.mismatches()).isEmpty();
            assertThat(verdict.accepted()).isTrue();
        }
    }

    @Test
    void a_pool_changed_after_the_commitment_is_rejected() {
        var honest = DrawFixtures.scenario(random).publish();
        var candidates = new ArrayList<>(honest.pool().candidates());
        candidates.removeFirst(); // e.g. an enterprise quietly taken out of the 名录库
        var tampered = withPool(honest, new PoolSnapshot(candidates));

        var verdict = DrawVerifier.verify(tampered);

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.mismatches()).anySatisfy(m -> assertThat(m).startsWith("SHA-256 of the pool"));
    }

    @Test
    void a_pool_with_one_field_changed_is_rejected() {
        var honest = DrawFixtures.scenario(random).publish();
        var candidates = new ArrayList<>(honest.pool().candidates());
        var c = candidates.get(0);
        candidates.set(
                0,
                new Candidate(
                        c.uscc(),
                        c.name(),
                        c.countyCode(),
                        c.industryCode(),
                        c.riskClass(),
                        c.lastInspectedOn(),
                        !c.named()));

        var verdict = DrawVerifier.verify(withPool(honest, new PoolSnapshot(candidates)));

        assertThat(verdict.mismatches()).anySatisfy(m -> assertThat(m).startsWith("SHA-256 of the pool"));
    }

    @Test
    void a_seed_other_than_the_committed_one_is_rejected() {
        var honest = DrawFixtures.scenario(random).publish();
        var otherSeed = DrawFixtures.seed(random).hex();
        var tampered = new PublishedDraw(
                honest.format(),
                honest.commitment(),
                honest.pool(),
                honest.inspectors(),
                honest.parameters(),
                otherSeed,
                VerifiableDraw.run(new Seed(otherSeed), honest.pool(), honest.inspectors(), honest.parameters()));

        var verdict = DrawVerifier.verify(tampered);

        assertThat(verdict.mismatches()).containsExactly(verdict.mismatches().getFirst());
        assertThat(verdict.mismatches().getFirst()).startsWith("SHA-256 of the seed");
    }

    @Test
    void a_result_with_one_target_swapped_is_rejected() {
        var honest = DrawFixtures.scenario(random).publish();
        var strata = new ArrayList<>(honest.result().strata());
        var first = strata.getFirst();
        var drawn = new ArrayList<>(first.drawn());
        var swapped = drawn.removeFirst();
        drawn.add(new DrawResult.RankedTarget(swapped.uscc().substring(1) + "0", swapped.hmac()));
        strata.set(0, new StratumDraw(first.stratum(), first.size(), first.quota(), drawn));
        var r = honest.result();
        var tampered = withResult(honest, new DrawResult(strata, r.named(), r.excluded(), r.teams()));

        var verdict = DrawVerifier.verify(tampered);

        assertThat(verdict.mismatches()).containsExactly("the published drawn targets differ from the recomputed ones");
    }

    @Test
    void a_result_with_a_team_member_replaced_is_rejected() {
        var honest = DrawFixtures.scenario(random).publish();
        var teams = new ArrayList<>(honest.result().teams());
        var team = teams.getFirst();
        var members = new ArrayList<>(team.inspectors());
        members.set(0, "somebody-else");
        teams.set(0, new DrawResult.Team(team.uscc(), members));
        var r = honest.result();

        var verdict =
                DrawVerifier.verify(withResult(honest, new DrawResult(r.strata(), r.named(), r.excluded(), teams)));

        assertThat(verdict.mismatches()).containsExactly("the published teams differ from the recomputed ones");
    }

    @Test
    void the_command_prints_a_bilingual_verdict_and_exits_0_or_1(@TempDir Path dir) throws Exception {
        var honest = DrawFixtures.scenario(random).publish();
        var file = dir.resolve("draw.json");
        DrawFile.write(honest, file);
        var out = new ByteArrayOutputStream();

        int status = VerifyDrawCommand.run(new String[] {"verify-draw", file.toString()}, print(out));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("验证通过", "VERIFIED");

        var json = Files.readString(file);
        var someCounty = honest.pool().candidates().getFirst().countyCode();
        Files.writeString(
                file, json.replaceFirst("\"countyCode\" : \"" + someCounty + "\"", "\"countyCode\" : \"999999\""));
        out.reset();

        status = VerifyDrawCommand.run(new String[] {file.toString()}, print(out));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("验证失败", "REJECTED", "SHA-256 of the pool");
    }

    @Test
    void the_command_rejects_a_missing_file_and_bad_usage() {
        var out = new ByteArrayOutputStream();
        assertThat(VerifyDrawCommand.run(new String[] {"verify-draw"}, print(out)))
                .isEqualTo(1);
        assertThat(VerifyDrawCommand.run(new String[] {"no-such-file.json"}, print(out)))
                .isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("用法 / usage", "无法读取");
    }

    @Test
    void a_file_without_its_inputs_is_rejected_not_crashed() throws Exception {
        var empty = DrawFile.fromJson("{\"format\":\"energyinspect-draw/1\"}");

        assertThat(DrawVerifier.verify(empty).mismatches())
                .singleElement()
                .asString()
                .contains("lacks");
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static PublishedDraw withPool(PublishedDraw d, PoolSnapshot pool) {
        return new PublishedDraw(
                d.format(), d.commitment(), pool, d.inspectors(), d.parameters(), d.seed(), d.result());
    }

    private static PublishedDraw withResult(PublishedDraw d, DrawResult result) {
        return new PublishedDraw(
                d.format(), d.commitment(), d.pool(), d.inspectors(), d.parameters(), d.seed(), result);
    }
}
