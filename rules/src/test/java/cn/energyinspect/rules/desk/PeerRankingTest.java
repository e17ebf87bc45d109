package cn.energyinspect.rules.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerRankingTest {

    @Test
    void fewer_peers_than_the_minimum_are_never_shown() {
        PeerPosition p = PeerRanking.position(105, new double[] {100, 105, 110, 120}, 5);

        assertThat(p.shown()).isFalse();
        assertThat(p.peers()).isEqualTo(4);
        assertThat(p.rank()).isNull();
        assertThat(p.betterThanPercent()).isNull();
        assertThat(p.median()).isNull();
    }

    @Test
    void a_value_is_ranked_among_its_peers_lower_being_better() {
        double[] group = {100, 105, 110, 120, 130};

        PeerPosition second = PeerRanking.position(105, group, 5);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.betterThanPercent()).isEqualTo(75.0);
        assertThat(second.median()).isEqualTo(110.0);

        assertThat(PeerRanking.position(100, group, 5).betterThanPercent()).isEqualTo(100.0);
        assertThat(PeerRanking.position(130, group, 5).betterThanPercent()).isEqualTo(0.0);
    }

    @Test
    void ties_share_the_better_rank() {
        PeerPosition tie = PeerRanking.position(110, new double[] {100, 110, 110, 120, 130, 140}, 5);

        assertThat(tie.rank()).isEqualTo(2);
        assertThat(tie.betterThanPercent()).isEqualTo(60.0);
        assertThat(tie.median()).isEqualTo(115.0);
    }
}
