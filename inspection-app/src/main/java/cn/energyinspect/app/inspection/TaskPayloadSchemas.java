package cn.energyinspect.app.inspection;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.Comparator;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes each task's completion payload in the OpenAPI document: one schema per task key, under the name the task
 * view gives in {@code payloadSchema} ({@link TaskForms#schemaName}: {@code Task_AssignTeam} → {@code
 * AssignTeamPayload}), read from the record its handler declares ({@link TaskHandler#payloadType()}); and the body of
 * {@code POST /api/v1/tasks/{taskId}/complete} as one of them. A new handler is described without touching this. The
 * payloads are resolved by the converters of the document's OpenAPI version, so their records are named like every
 * other schema.
 */
@Component
class TaskPayloadSchemas implements OpenApiCustomizer {
    static final String COMPLETE_PATH = "/api/v1/tasks/{taskId}/complete";

    private final List<TaskHandler> handlers;

    TaskPayloadSchemas(List<TaskHandler> handlers) {
        this.handlers = handlers.stream()
                .sorted(Comparator.comparing(TaskHandler::taskKey))
                .toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        ComposedSchema oneOf = new ComposedSchema();
        StringBuilder keys = new StringBuilder();
        for (TaskHandler handler : handlers) {
            String name = TaskForms.schemaName(handler);
            ResolvedSchema resolved = ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31)
                    .resolveAsResolvedSchema(new AnnotatedType(handler.payloadType()).resolveAsRef(false));
            // the payload's own name may differ (CompleteOnSiteInspection.Payload for Task_OnSiteInspection): publish
            // it under the task's name only, with the records it refers to under their own names
            String own = resolved.schema.getName();
            resolved.referencedSchemas.forEach((referenced, schema) -> {
                if (!referenced.equals(own)) {
                    components.addSchemas(referenced, schema);
                }
            });
            Schema<?> payload = resolved.schema;
            payload.setName(name);
            if (payload.getDescription() == null) {
                payload.setDescription("The payload completing " + handler.taskKey());
            }
            components.addSchemas(name, payload);
            oneOf.addOneOfItem(new Schema<>().$ref("#/components/schemas/" + name));
            keys.append(keys.isEmpty() ? "" : ", ")
                    .append(handler.taskKey())
                    .append(" → ")
                    .append(name);
        }
        oneOf.description("The payload of the task's kind: the schema named by the task's payloadSchema ("
                + keys
                + "). A value of the wrong shape is a 422 naming the field.");
        PathItem complete =
                openApi.getPaths() == null ? null : openApi.getPaths().get(COMPLETE_PATH);
        if (complete == null || complete.getPost() == null) {
            return;
        }
        Operation operation = complete.getPost();
        operation.setRequestBody(new RequestBody()
                .required(false)
                .description("The task's payload; its schema is the one the task's payloadSchema names")
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(oneOf))));
    }
}
