package cn.energyinspect.mobile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Imported by the application, which provides the {@link InspectorWorkPort}. */
@Configuration
public class MobileApiConfiguration {
    @Bean
    MobileInspectionController mobileInspectionController(InspectorWorkPort work) {
        return new MobileInspectionController(work);
    }
}
