package cn.energyinspect.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class EvidencePropertiesTest {
    @Test
    void defaults_make_the_embedded_run_work() {
        var defaults = new EvidenceProperties(null, null, null);

        assertThat(defaults.storeDir()).isEqualTo(Path.of("var", "evidence"));
        assertThat(defaults.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(defaults.allowedMediaTypes())
                .containsExactlyInAnyOrder("image/jpeg", "image/png", "application/pdf", "image/heic");
    }

    @Test
    void binds_from_application_yml_keys() {
        var source = new MapConfigurationPropertySource(Map.of(
                "energyinspect.evidence.store-dir", "data/evidence",
                "energyinspect.evidence.max-file-size", "10MB",
                "energyinspect.evidence.allowed-media-types", "image/jpeg,application/pdf"));

        var bound = new Binder(source).bindOrCreate("energyinspect.evidence", EvidenceProperties.class);

        assertThat(bound)
                .isEqualTo(new EvidenceProperties(
                        Path.of("data/evidence"), DataSize.ofMegabytes(10), Set.of("image/jpeg", "application/pdf")));
    }

    @Test
    void binds_to_the_defaults_when_nothing_is_configured() {
        var bound = new Binder(new MapConfigurationPropertySource())
                .bindOrCreate("energyinspect.evidence", EvidenceProperties.class);

        assertThat(bound).isEqualTo(new EvidenceProperties(null, null, null));
    }

    @Test
    void configured_media_types_are_normalised() {
        assertThat(new EvidenceProperties(null, null, Set.of(" Image/JPEG ")).allowedMediaTypes())
                .containsExactly("image/jpeg");
    }

    @Test
    void a_limit_of_zero_is_a_configuration_error() {
        assertThatThrownBy(() -> new EvidenceProperties(null, DataSize.ofBytes(0), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
