package cn.energyinspect.app.campaign.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DrawFileTest {

    @Test
    void a_published_draw_survives_a_json_round_trip_and_still_verifies() throws IOException {
        var random = new Random(3L);
        for (int trial = 0; trial < 50; trial++) {
            var published = DrawFixtures.scenario(random).publish();

            var read = DrawFile.fromJson(DrawFile.toJson(published));

            assertThat(read).isEqualTo(published);
            assertThat(DrawVerifier.verify(read).accepted()).isTrue();
        }
    }

    @Test
    void an_unknown_field_is_refused_rather_than_silently_ignored() {
        assertThatThrownBy(() -> DrawFile.fromJson("{\"format\":\"energyinspect-draw/1\",\"extra\":1}"))
                .isInstanceOf(IOException.class);
    }
}
