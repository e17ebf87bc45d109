package cn.energyinspect.app.web;

import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI description at {@code /v3/api-docs} is a contract: inspectors' devices and provincial systems generate
 * their clients from it, so it must say what the server does. This configuration gives every schema a unique name
 * ({@link SchemaNames}), every operation a stable id ({@code caseOpen}, {@code taskComplete}: controller + method),
 * the bearer token as its security (none for the public operations), and the RFC 9457 problem responses each
 * operation can answer with, as {@code application/problem+json} with the {@code Problem} schema. Status codes other
 * than 200 are declared on the controllers ({@code @ResponseStatus}), media types other than JSON with
 * {@code @ApiResponse}; the task payloads are described by {@code inspection.TaskPayloadSchemas}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
    static final String BEARER = "bearerToken";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String SEARCH_UNAVAILABLE = "urn:energyinspect:problem:search-unavailable";

    OpenApiConfiguration() {
        // a checklist answer is a JSON object shaped by its item's kind, not an object of Jackson's tree classes
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        JsonNode.class, new ObjectSchema().description("A JSON object (see the enclosing field)"))
                .replaceWithSchema(
                        com.fasterxml.jackson.databind.node.ObjectNode.class,
                        new ObjectSchema().description("Any JSON object"));
    }

    @Bean
    OpenAPI energyInspectApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("EnergyInspect 工业节能监察平台 API")
                        .version("v1")
                        .description("The REST API (/api/v1) and the inspectors' mobile API (/mobile/v1). Sign in with"
                                + " POST /api/v1/auth/token and send the token as a bearer token. Every error is"
                                + " RFC 9457 problem details (application/problem+json, schema Problem) with a stable"
                                + " type, a Chinese title and detail, the offending fields in errors and a traceId."
                                + " A task is completed with the payload its payloadSchema names.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A token from POST /api/v1/auth/token (8 hours by default)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    SchemaNames schemaNames() {
        return new SchemaNames();
    }

    /** Stable operation ids: the controller's name and the method's, e.g. {@code CaseController.open} → caseOpen. */
    @Bean
    OperationCustomizer operationIds() {
        return (operation, handler) -> {
            io.swagger.v3.oas.annotations.Operation annotation =
                    handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
            if (annotation == null || annotation.operationId().isBlank()) {
                operation.setOperationId(operationId(handler));
            }
            return operation;
        };
    }

    static String operationId(HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        return Character.toLowerCase(controller.charAt(0))
                + controller.substring(1)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    /** The Problem schema, the security of each operation and the problem responses it can answer with. */
    @Bean
    OpenApiCustomizer problemsAndSecurity() {
        return openApi -> {
            Components components = openApi.getComponents();
            ModelConverters.getInstance(openApi.getSpecVersion() == SpecVersion.V31)
                    .read(FieldError.class)
                    .forEach(components::addSchemas);
            components.addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths()
                    .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                        boolean open = isPublic(path, method);
                        if (open) {
                            operation.setSecurity(List.of());
                        }
                        declareProblems(path, method, operation, open);
                    }));
        };
    }

    /**
     * The operations anyone may call without a token (mirrors SecurityConfig; {@code OpenApiContractTest} checks the
     * server agrees for every operation).
     */
    static boolean isPublic(String path, PathItem.HttpMethod method) {
        return path.startsWith("/api/v1/public/")
                || (method == PathItem.HttpMethod.POST
                        && (path.equals("/api/v1/auth/token") || path.equals("/api/v1/auth/session")))
                || (method == PathItem.HttpMethod.GET && path.equals("/api/v1/dictionaries"));
    }

    private static void declareProblems(String path, PathItem.HttpMethod method, Operation operation, boolean open) {
        boolean write = method != PathItem.HttpMethod.GET
                && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean body = operation.getRequestBody() != null;
        boolean multipart = body
                && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean pathParameters = parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
        boolean queryParameters = parameters.stream().anyMatch(p -> "query".equals(p.getIn()));
        boolean login = path.startsWith("/api/v1/auth/");
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        if (body) {
            problem(responses, 400, "The body is not well-formed JSON (or not the declared form)");
        }
        if (!open || login) {
            problem(responses, 401, "No valid token or session; or a second-factor code is needed");
        }
        if (!open) {
            problem(responses, 403, "The caller's role may not do this, or its password must be changed first");
        }
        if (pathParameters) {
            problem(responses, 404, "The record does not exist or is outside the caller's jurisdiction");
        }
        if (write && !login) {
            problem(responses, 409, "The record's state does not allow this, it changed meanwhile, or it exists");
        }
        if (body || queryParameters || write) {
            problem(responses, 422, "A value breaks a rule; errors names each field (field, message)");
        }
        if (multipart) {
            problem(responses, 413, "The upload is larger than allowed");
        }
        if (login) {
            problem(responses, 429, "Too many failed sign-ins; retry after the seconds in Retry-After");
            responses.get("429").addHeaderObject("Retry-After", retryAfter());
        }
        if (path.equals("/api/v1/search")) {
            responses.computeIfAbsent(
                    "503",
                    code -> new ApiResponse()
                            .description("Search is unavailable for a moment (" + SEARCH_UNAVAILABLE
                                    + "); case work goes on")
                            .content(problemContent())
                            .addHeaderObject("Retry-After", retryAfter()));
        }
        problem(responses, 500, "Unexpected error; the body carries only a traceId to quote to support");
    }

    private static void problem(ApiResponses responses, int status, String when) {
        responses.computeIfAbsent(
                String.valueOf(status),
                code -> new ApiResponse()
                        .description(when + ". " + problemTypes(status))
                        .content(problemContent()));
    }

    /** The problem types the API answers with at this status, for the response's description. */
    static String problemTypes(int status) {
        return Arrays.stream(Refusal.Kind.values())
                .filter(type -> ProblemStatus.of(type).value() == status)
                .map(type -> type.uri() + " (" + type.title() + ")")
                .collect(Collectors.joining(", ", "type: ", ""));
    }

    private static Content problemContent() {
        return new Content()
                .addMediaType(
                        PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    private static Header retryAfter() {
        return new Header().description("Seconds to wait before trying again").schema(new IntegerSchema());
    }

    /** RFC 9457 problem details as {@code ProblemResponses} writes them. */
    static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. Clients switch on type, never on title. Some problems carry"
                        + " more members beside these: heldBy and reason (a task someone else holds), the import"
                        + " report of an Excel import, retryAfter (seconds) of a throttled sign-in.")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description("Stable kind of error, e.g. urn:energyinspect:problem:validation-failed")
                                .example("urn:energyinspect:problem:validation-failed"))
                .addProperty("title", new StringSchema().description("Chinese title of the kind, e.g. 输入数据未通过校验"))
                .addProperty(
                        "status",
                        new IntegerSchema().description("The HTTP status").example(422))
                .addProperty("detail", new StringSchema().description("Chinese explanation safe to show to the user"))
                .addProperty("instance", new StringSchema().format("uri").description("The path of the request"))
                .addProperty(
                        "traceId",
                        new StringSchema().description("Id of the server's log record of this answer, for support"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>()
                                        .$ref("#/components/schemas/" + SchemaNames.nameOf(FieldError.class)))
                                .description("The offending fields of a validation problem"))
                .required(List.of("type", "title", "status"));
    }
}
