package cn.energyinspect.app.engine;

import java.util.Arrays;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the Camunda engine wait for Flyway. Camunda creates its {@code ACT_*} tables when the engine starts; if that
 * happened first, Flyway would find a non-empty schema without its history table and the foundation migration could be
 * skipped or refused. With this ordering Flyway always migrates first, then Camunda adds its own tables beside ours.
 */
@Component
class CamundaAfterFlyway implements BeanFactoryPostProcessor {
    static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(ProcessEngineConfigurationImpl.class, true, false)) {
            BeanDefinition definition = beanFactory.getBeanDefinition(name);
            String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
            if (!Arrays.asList(dependsOn).contains(FLYWAY_INITIALIZER)) {
                String[] extended = Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[dependsOn.length] = FLYWAY_INITIALIZER;
                definition.setDependsOn(extended);
            }
        }
    }
}
