package cn.energyinspect.app.region;

import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/** Registers the Java migrations of this capability with Flyway. */
@Component
class RegionMigrations implements FlywayConfigurationCustomizer {
    @Override
    public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        configuration.javaMigrations(new V2__Load_regions());
    }
}
