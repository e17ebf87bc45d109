package cn.energyinspect.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OpenAPI description says what the server does: one Java type per schema name, real status codes and media
 * types, the problem responses, the security each operation has, query parameters with types and descriptions, and
 * the task payloads. (A client generated from it runs a case in {@code contract.GeneratedClientCaseTest}.)
 */
@IntegrationTest
class OpenApiContractTest {
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort
    int port;

    @Autowired
    SchemaNames schemaNames;

    private JsonNode docs;

    @BeforeEach
    void readDescription() {
        Api.Response response = Api.anonymous(port).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        docs = response.json();
    }

    /** Every operation of the description: {@code "POST /api/v1/cases"} → its object. */
    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new TreeMap<>();
        docs.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (HTTP_METHODS.contains(method.getKey())) {
                        operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
                    }
                }));
        return operations;
    }

    private JsonNode operation(String id) {
        return operations().values().stream()
                .filter(o -> o.path("operationId").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + id));
    }

    private Set<String> taskPayloads() {
        Set<String> names = new TreeSet<>();
        operation("taskComplete")
                .at("/requestBody/content/application~1json/schema/oneOf")
                .forEach(ref -> names.add(ref.path("$ref").asText().replace("#/components/schemas/", "")));
        return names;
    }

    @Test
    void every_schema_name_is_one_java_type() {
        JsonNode schemas = docs.path("components").path("schemas");
        Set<String> names = new TreeSet<>();
        schemas.fieldNames().forEachRemaining(names::add);

        assertThat(schemaNames.collisions())
                .as("schema names given to two Java types")
                .isEmpty();
        Set<String> handMade = new TreeSet<>(taskPayloads());
        handMade.add("Problem");
        List<String> unaccounted = new ArrayList<>();
        for (String name : names) {
            Set<Class<?>> types = schemaNames.typesNamed(name);
            assertThat(types).as(name).hasSizeLessThanOrEqualTo(1);
            if (types.isEmpty() && !handMade.contains(name)) {
                unaccounted.add(name);
            }
        }
        assertThat(unaccounted).as("schemas no converter named").isEmpty();
        assertThat(names)
                .contains(
                        "EnergyConversionControllerItem",
                        "ChecklistTemplateItem",
                        "CaseViewPage",
                        "SecurityEventControllerPage",
                        "CaseViewRecord",
                        "CompleteOnSiteInspectionRecord",
                        "MobileModelsChecklistFormItem")
                .doesNotContain("Item", "Page", "Payload", "Record", "Request", "Response", "JsonNode");
    }

    @Test
    void operation_ids_are_unique_and_named_after_controller_and_method() {
        List<String> ids = operations().values().stream()
                .map(o -> o.path("operationId").asText())
                .toList();

        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z0-9]+"));
        assertThat(ids).contains("caseOpen", "caseList", "taskComplete", "searchSearch", "mobileInspectionRecord");
    }

    @Test
    void no_operation_takes_or_answers_any_media_type() {
        Set<String> answered = new TreeSet<>();
        Set<String> taken = new TreeSet<>();
        operations().forEach((name, operation) -> {
            operation
                    .path("responses")
                    .forEach(r -> r.path("content").fieldNames().forEachRemaining(answered::add));
            operation.path("requestBody").path("content").fieldNames().forEachRemaining(taken::add);
        });

        assertThat(docs.toString()).doesNotContain("*/*");
        assertThat(answered)
                .containsExactlyInAnyOrder(
                        "application/json",
                        "application/problem+json",
                        "application/pdf",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "image/jpeg",
                        "image/png",
                        "image/heic");
        assertThat(taken).containsExactlyInAnyOrder("application/json", "multipart/form-data");
        assertThat(operation("caseDocument").at("/responses/200/content").fieldNames())
                .toIterable()
                .containsExactly("application/pdf");
        assertThat(operation("caseExportList").at("/responses/200/content").fieldNames())
                .toIterable()
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(operation("caseUpload").at("/requestBody/content").fieldNames())
                .toIterable()
                .containsExactly("multipart/form-data");
    }

    @Test
    void the_success_codes_are_those_the_server_answers_with() {
        Map<String, String> notOk = new TreeMap<>();
        operations()
                .forEach((name, operation) -> operation
                        .path("responses")
                        .fieldNames()
                        .forEachRemaining(code -> {
                            if (code.startsWith("2") && !code.equals("200")) {
                                notOk.put(operation.path("operationId").asText(), code);
                            }
                        }));

        // each as its controller answers (ResponseEntity.created / accepted / noContent, or the status it sets)
        assertThat(notOk)
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("caseOpen", "201"),
                        Map.entry("caseUpload", "201"),
                        Map.entry("caseRecordFinding", "201"),
                        Map.entry("caseRemoveFinding", "204"),
                        Map.entry("caseWithdrawal", "202"),
                        Map.entry("portalStatement", "204"),
                        Map.entry("portalExtension", "202"),
                        Map.entry("campaignPlanCreate", "201"),
                        Map.entry("drawCommit", "201"),
                        Map.entry("drawRedraw", "201"),
                        Map.entry("caseStartStart", "202"),
                        Map.entry("enterpriseCreate", "201"),
                        Map.entry("searchAdminRebuild", "202"),
                        Map.entry("adminUserDisable", "204"),
                        Map.entry("adminUserEnable", "204"),
                        Map.entry("adminUserResetSecondFactor", "204"),
                        Map.entry("authChangePassword", "204"),
                        Map.entry("authConfirmSecondFactor", "204"),
                        Map.entry("agencyAdminCreate", "201"),
                        Map.entry("userAdminCreate", "201"),
                        Map.entry("savedFilterDelete", "204")));
        for (String created : List.of(
                "caseOpen",
                "caseUpload",
                "caseRecordFinding",
                "campaignPlanCreate",
                "agencyAdminCreate",
                "userAdminCreate")) {
            assertThat(operation(created)
                            .at("/responses/201/headers/Location/schema/format")
                            .asText())
                    .as(created)
                    .isEqualTo("uri");
        }
        assertThat(operation("searchAdminRebuild").at("/responses/202/headers").has("Location"))
                .isTrue();
        for (String noContent : List.of("caseRemoveFinding", "portalStatement", "authChangePassword")) {
            assertThat(operation(noContent).at("/responses/204").has("content"))
                    .as(noContent)
                    .isFalse();
        }
    }

    @Test
    void every_operation_declares_its_problem_responses() {
        operations().forEach((name, operation) -> {
            JsonNode responses = operation.path("responses");
            boolean open =
                    operation.has("security") && operation.path("security").isEmpty();
            Set<String> expected = new LinkedHashSet<>(List.of("500"));
            if (!open) {
                expected.addAll(List.of("401", "403"));
            }
            if (name.contains("{")) {
                expected.add("404");
            }
            if (operation.has("requestBody")) {
                expected.addAll(List.of("400", "422"));
            }
            for (String code : expected) {
                assertThat(responses
                                .at("/" + code + "/content/application~1problem+json/schema/$ref")
                                .asText())
                        .as(name + " " + code)
                        .isEqualTo("#/components/schemas/Problem");
            }
        });
        JsonNode problem = docs.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "traceId", "errors");
        assertThat(problem.at("/errors/items/$ref").asText()).isEqualTo("#/components/schemas/FieldError");
        assertThat(docs.at("/components/schemas/FieldError/properties").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("field", "message");
        assertThat(operation("authToken").path("responses").has("429")).isTrue();
        assertThat(operation("searchSearch").path("responses").has("503")).isTrue();
    }

    @Test
    void a_real_problem_has_the_members_the_problem_schema_names() {
        Api.Response refused = Api.anonymous(port).post("/api/v1/auth/token", Map.of("username", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance", "traceId", "errors");
        assertThat(refused.json().path("errors").get(0).fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("field", "message");
    }

    @Test
    void the_security_the_description_declares_is_the_servers() {
        assertThat(docs.at("/components/securitySchemes/bearerToken/scheme").asText())
                .isEqualTo("bearer");
        Api anonymous = Api.anonymous(port);
        Map<String, Integer> disagreements = new HashMap<>();
        operations().forEach((name, operation) -> {
            boolean open =
                    operation.has("security") && operation.path("security").isEmpty();
            String method = name.substring(0, name.indexOf(' '));
            String path = name.substring(name.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "1");
            int status = switch (method) {
                case "GET" -> anonymous.get(path).status();
                case "DELETE" -> anonymous.delete(path).status();
                case "PUT" -> anonymous.put(path, Map.of()).status();
                default -> anonymous.post(path, Map.of()).status();
            };
            if (open == (status == 401)) {
                disagreements.put(name + (open ? " (documented public)" : " (documented secured)"), status);
            }
        });
        assertThat(disagreements).isEmpty();
    }

    @Test
    void search_and_case_list_filters_are_query_parameters_with_types_and_descriptions() {
        Map<String, List<String>> expected = Map.of(
                "searchSearch",
                List.of(
                        "q",
                        "type",
                        "regionCode",
                        "agencyId",
                        "industry",
                        "caseStatus",
                        "findingKind",
                        "ruleStandard",
                        "lawArticle",
                        "from",
                        "to",
                        "campaignId",
                        "enterprise",
                        "documentNumber",
                        "sort",
                        "size",
                        "after"),
                "caseList",
                List.of(
                        "status",
                        "regionCode",
                        "type",
                        "enterprise",
                        "from",
                        "to",
                        "campaignId",
                        "findingKind",
                        "industry",
                        "page",
                        "size"),
                "caseExportList",
                List.of(
                        "status",
                        "regionCode",
                        "type",
                        "enterprise",
                        "from",
                        "to",
                        "campaignId",
                        "findingKind",
                        "industry"));
        expected.forEach((id, names) -> {
            List<String> found = new ArrayList<>();
            operation(id).path("parameters").forEach(parameter -> {
                found.add(parameter.path("name").asText());
                String where = id + " " + parameter.path("name").asText();
                assertThat(parameter.path("in").asText()).as(where).isEqualTo("query");
                assertThat(parameter.path("description").asText()).as(where).isNotBlank();
                assertThat(parameter.at("/schema/type").asText()).as(where).isNotBlank();
            });
            assertThat(found).as(id).containsExactlyInAnyOrderElementsOf(names);
        });
        JsonNode size = operation("searchSearch").path("parameters").findParents("name").stream()
                .filter(p -> p.path("name").asText().equals("size"))
                .findFirst()
                .orElseThrow();
        assertThat(size.at("/schema/type").asText()).isEqualTo("integer");
        assertThat(size.at("/schema/maximum").asInt()).isEqualTo(100);
    }

    @Test
    void task_payloads_and_mobile_models_describe_every_field() {
        JsonNode schemas = docs.path("components").path("schemas");
        Set<String> described = new TreeSet<>(taskPayloads());
        described.addAll(List.of("CompleteOnSiteInspectionRecord", "CompleteOnSiteInspectionCoveredEvidence"));
        described.add("DraftRectificationNoticeItem");
        schemas.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("MobileModels")) {
                described.add(name);
            }
        });
        assertThat(described).hasSizeGreaterThan(17);
        List<String> undescribed = new ArrayList<>();
        for (String name : described) {
            JsonNode schema = schemas.path(name);
            assertThat(schema.isMissingNode()).as(name).isFalse();
            if (schema.path("description").asText().isBlank()) {
                undescribed.add(name);
            }
            schema.path("properties").properties().forEach(property -> {
                JsonNode value = property.getValue();
                if (value.path("description").asText().isBlank()
                        && value.path("allOf").isMissingNode()
                        && !value.has("$ref")) {
                    undescribed.add(name + "." + property.getKey());
                }
            });
        }
        assertThat(undescribed).isEmpty();
        JsonNode complete = operation("taskComplete").at("/requestBody/content/application~1json/schema");
        assertThat(complete.path("description").asText())
                .contains("payloadSchema", "Task_AssignTeam → AssignTeamPayload");
        assertThat(docs.at("/components/schemas/CaseTasksTaskView/properties/payloadSchema/description")
                        .asText())
                .contains("POST /api/v1/tasks/{taskId}/complete");
    }
}
