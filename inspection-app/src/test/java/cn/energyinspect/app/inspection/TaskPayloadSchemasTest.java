package cn.energyinspect.app.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every task handler's payload record is published under the name its task view gives in payloadSchema. */
@IntegrationTest
class TaskPayloadSchemasTest {
    @LocalServerPort
    int port;

    @Autowired
    List<TaskHandler> handlers;

    @Test
    void each_task_key_has_its_payload_schema_and_the_completion_takes_one_of_them() {
        JsonNode docs = Api.anonymous(port).get("/v3/api-docs").json();
        JsonNode schemas = docs.path("components").path("schemas");
        List<String> oneOf = new ArrayList<>();
        docs.at("/paths/~1api~1v1~1tasks~1{taskId}~1complete/post/requestBody/content/application~1json/schema/oneOf")
                .forEach(ref -> oneOf.add(ref.path("$ref").asText()));

        assertThat(handlers).hasSizeGreaterThanOrEqualTo(10);
        for (TaskHandler handler : handlers) {
            String name = TaskForms.schemaName(handler);
            JsonNode schema = schemas.path(name);
            List<String> properties = new ArrayList<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            List<String> components = Arrays.stream(handler.payloadType().getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            assertThat(properties).as(handler.taskKey() + " → " + name).containsExactlyInAnyOrderElementsOf(components);
            assertThat(schema.path("description").asText()).as(name).startsWith(handler.taskKey());
            assertThat(oneOf).contains("#/components/schemas/" + name);
        }
        assertThat(oneOf).hasSize(handlers.size());
        assertThat(schemas.has("CompleteOnSiteInspectionPayload"))
                .as("published under the task's name only")
                .isFalse();
        assertThat(schemas.at("/OnSiteInspectionPayload/properties/record/$ref").asText())
                .isEqualTo("#/components/schemas/CompleteOnSiteInspectionRecord");
        assertThat(schemas.at("/AssignTeamPayload/properties/visitDate/format").asText())
                .isEqualTo("date");
        assertThat(schemas.at("/ReviewRectificationPayload/properties/decision/enum"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("ACCEPT", "REINSPECT", "REJECT");
    }
}
