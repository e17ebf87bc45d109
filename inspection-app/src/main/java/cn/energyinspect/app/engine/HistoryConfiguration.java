package cn.energyinspect.app.engine;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine's history retention (the Camunda starter picks up every {@link ProcessEnginePlugin} bean). */
@Configuration(proxyBeanMethods = false)
class HistoryConfiguration {
    @Bean
    ProcessEnginePlugin historyTimeToLivePlugin(HistoryProperties settings) {
        return new HistoryTimeToLivePlugin(settings);
    }
}
