package cn.energyinspect.app.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every process definition the history time to live of {@link HistoryProperties}, whatever its BPMN says: a new
 * deployment as it is parsed, and the definitions already in the database (every version, so instances still running
 * on an old one end with the same removal time) when the engine starts. The removal time of an instance is fixed when
 * it ends (end time + the definition's time to live); a changed setting applies to instances that end afterwards.
 */
final class HistoryTimeToLivePlugin extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(HistoryTimeToLivePlugin.class);

    private final HistoryProperties settings;

    HistoryTimeToLivePlugin(HistoryProperties settings) {
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                definition.setHistoryTimeToLive(settings.days(definition.getKey()));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        RepositoryService repository = engine.getRepositoryService();
        int updated = 0;
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().list()) {
            int days = settings.days(definition.getKey());
            if (!Objects.equals(definition.getHistoryTimeToLive(), days)) {
                try {
                    repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
                    updated++;
                } catch (OptimisticLockingException anotherNodeStartingAtOnce) {
                    // a node started at the same moment wrote it (all nodes run with the same settings)
                }
            }
        }
        log.info(
                "E-HISTORY-TTL history time to live {} days (per process: {}); {} deployed definitions updated",
                settings.timeToLive().toDays(),
                settings.timeToLivePerProcess(),
                updated);
    }
}
