package cn.energyinspect.app.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's clock (in the agency's zone, so a stray {@code LocalDate.now(clock)} is still right). */
@Configuration
class TimeConfiguration {
    @Bean
    Clock clock(TimeProperties settings) {
        return Clock.system(settings.timeZone());
    }

    @Bean
    BusinessTime businessTime(Clock clock, TimeProperties settings) {
        return new BusinessTime(clock, settings.timeZone());
    }
}
