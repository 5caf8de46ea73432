package vn.khenthuong.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine does not turn each of its execution, task and history events into a Spring event (application.yaml,
 * camunda.bpm.eventing): nothing listens to them, and the starter publishes them all by default.
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineEventingTest {

    @Autowired ProcessEngineConfigurationImpl configuration;

    @Test
    void theEnginesEventsAreNotPublishedToSpring() {
        assertThat(configuration.getCustomPostBPMNParseListeners()).isNotEmpty()
                .noneMatch(PublishDelegateParseListener.class::isInstance);
        assertThat(configuration.getCustomHistoryEventHandlers()).noneMatch(PublishHistoryEventHandler.class::isInstance);
    }
}
