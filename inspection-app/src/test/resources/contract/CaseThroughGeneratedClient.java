package cn.energyinspect.contract.scenario;

import cn.energyinspect.app.support.CaseWorld;
import cn.energyinspect.app.web.contract.CaseScenario;
import cn.energyinspect.contract.client.ApiClient;
import cn.energyinspect.contract.client.ApiException;
import cn.energyinspect.contract.client.ApiResponse;
import cn.energyinspect.contract.client.api.AuthApi;
import cn.energyinspect.contract.client.api.CasesApi;
import cn.energyinspect.contract.client.api.PortalApi;
import cn.energyinspect.contract.client.api.TasksApi;
import cn.energyinspect.contract.client.model.ApproveClosurePayload;
import cn.energyinspect.contract.client.model.ApproveRectificationNoticePayload;
import cn.energyinspect.contract.client.model.AssignTeamPayload;
import cn.energyinspect.contract.client.model.AuthControllerTokenRequest;
import cn.energyinspect.contract.client.model.CaseTasksTaskView;
import cn.energyinspect.contract.client.model.CaseView;
import cn.energyinspect.contract.client.model.CaseViewOpenStep;
import cn.energyinspect.contract.client.model.CompleteOnSiteInspectionRecord;
import cn.energyinspect.contract.client.model.DocumentRow;
import cn.energyinspect.contract.client.model.DraftRectificationNoticeItem;
import cn.energyinspect.contract.client.model.DraftRectificationNoticePayload;
import cn.energyinspect.contract.client.model.EnterprisePortalAnswer;
import cn.energyinspect.contract.client.model.EnterprisePortalAnswerItem;
import cn.energyinspect.contract.client.model.EnterprisePortalAnswerReceipt;
import cn.energyinspect.contract.client.model.EnterprisePortalStatement;
import cn.energyinspect.contract.client.model.FindingRow;
import cn.energyinspect.contract.client.model.InspectionCasesOpenCase;
import cn.energyinspect.contract.client.model.OnSiteInspectionPayload;
import cn.energyinspect.contract.client.model.ReviewRectificationPayload;
import cn.energyinspect.contract.client.model.ServeInspectionNoticePayload;
import cn.energyinspect.contract.client.model.ServeRectificationNoticePayload;
import cn.energyinspect.contract.client.model.TaskCompleteRequest;
import java.io.File;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case from opening to closure through the client generated from /v3/api-docs, with the payloads and in the order
 * of CaseLifecycleScenarioTest: the supervisor opens it and assigns the team, an inspector serves the notice, saves the
 * checklist answers (a clinker figure over its quota) and signs the on-site record, the enterprise states its case,
 * the team drafts, the supervisor approves and the team serves the rectification notice, the enterprise answers, the
 * supervisor accepts the answer and approves the closure. Compiled at test time: a change of the description that
 * breaks a generated client breaks this file.
 */
public final class CaseThroughGeneratedClient implements CaseScenario {
    private Run run;
    private CaseWorld.World world;
    private ApiClient supervisor;
    private ApiClient inspector1;
    private ApiClient inspector2;
    private ApiClient enterprise;
    private final Map<String, Object> seen = new LinkedHashMap<>();

    @Override
    public Map<String, Object> run(Run run) throws Exception {
        this.run = run;
        this.world = run.world();
        run.clockAt(Instant.parse("2026-06-01T02:00:00Z"));
        signIn();

        ApiResponse<CaseView> opened = new CasesApi(supervisor)
                .caseOpenWithHttpInfo(new InspectionCasesOpenCase()
                        .enterpriseUscc(world.enterpriseUscc())
                        .trigger(InspectionCasesOpenCase.TriggerEnum.MANUAL)
                        .inspectionType(InspectionCasesOpenCase.InspectionTypeEnum.ON_SITE),
                        "generated-client-open-1");
        long caseId = opened.getData().getId();
        seen.put("caseId", caseId);
        seen.put("open.status", opened.getStatusCode());
        seen.put("open.location", opened.getHeaders().getOrDefault("location", List.of()));

        complete(supervisor, caseId, "Task_AssignTeam", new AssignTeamPayload()
                .inspectors(List.of(world.inspector1(), world.inspector2()))
                .leader(world.inspector1())
                .visitDate(LocalDate.parse("2026-06-08")));
        complete(inspector1, caseId, "Task_ServeInspectionNotice", new ServeInspectionNoticePayload()
                .servedOn(LocalDate.parse("2026-06-01")));

        run.clockAt(Instant.parse("2026-06-08T09:00:00Z"));
        signIn();
        new CasesApi(inspector1).caseSaveAnswers(caseId, clinkerAnswers(118));
        complete(inspector1, caseId, "Task_OnSiteInspection", new OnSiteInspectionPayload()
                .record(new CompleteOnSiteInspectionRecord()
                        .enterpriseRepresentative("王厂长")
                        .representativeSigned(true)
                        .inspectorsSigned(true)
                        .place("熟料车间")
                        .startedAt(OffsetDateTime.parse("2026-06-08T01:00:00Z"))
                        .endedAt(OffsetDateTime.parse("2026-06-08T06:00:00Z"))));
        List<FindingRow> findings = currentFindings(caseId);
        seen.put("findings", findings.size());
        seen.put("finding.kind", findings.isEmpty() ? null : findings.get(0).getKind());

        ApiResponse<Void> stated = new PortalApi(enterprise)
                .portalStatementWithHttpInfo(
                        caseId, new EnterprisePortalStatement().text("我公司已启动余热发电改造，请予考虑。"));
        seen.put("statement.status", stated.getStatusCode());

        run.clockAt(Instant.parse("2026-06-10T02:00:00Z"));
        signIn();
        List<DraftRectificationNoticeItem> items = new ArrayList<>();
        for (FindingRow finding : findings) {
            items.add(new DraftRectificationNoticeItem()
                    .findingId(finding.getId())
                    .requiredAction("实施节能技术改造，使熟料单位产品综合能耗达到限定值")
                    .deadline(LocalDate.parse("2026-08-31")));
        }
        complete(inspector1, caseId, "Task_DraftRectificationNotice", new DraftRectificationNoticePayload().items(items));
        complete(supervisor, caseId, "Task_ApproveRectificationNotice", new ApproveRectificationNoticePayload()
                .approved(true));
        complete(inspector2, caseId, "Task_ServeRectificationNotice", new ServeRectificationNoticePayload()
                .servedOn(LocalDate.parse("2026-06-10")));
        seen.put("served.status", String.valueOf(new CasesApi(supervisor).caseGet(caseId).getStatus()));

        List<EnterprisePortalAnswerItem> answers = new ArrayList<>();
        for (FindingRow finding : findings) {
            answers.add(new EnterprisePortalAnswerItem()
                    .findingId(finding.getId())
                    .text("已完成余热发电和篦冷机改造，熟料综合能耗降至 105 kgce/t。"));
        }
        EnterprisePortalAnswerReceipt receipt = new PortalApi(enterprise)
                .portalAnswer(
                        caseId,
                        new EnterprisePortalAnswer().clientRequestId("generated-client-" + caseId).items(answers));
        seen.put("answer.duplicate", receipt.getDuplicate());

        complete(supervisor, caseId, "Task_ReviewRectification", new ReviewRectificationPayload()
                .decision(ReviewRectificationPayload.DecisionEnum.ACCEPT));
        complete(supervisor, caseId, "Task_ApproveClosure", new ApproveClosurePayload().comment("整改到位，同意结案"));

        CaseView closed = new CasesApi(supervisor).caseGet(caseId);
        seen.put("closed.status", String.valueOf(closed.getStatus()));
        seen.put("closed.openSteps", closed.getOpenSteps().size());
        List<String> kinds = new ArrayList<>();
        for (DocumentRow document : closed.getDocuments()) {
            kinds.add(document.getKind());
        }
        seen.put("documents", kinds);
        DocumentRow notice = closed.getDocuments().stream()
                .filter(d -> "RECTIFICATION_NOTICE".equals(d.getKind()) && d.getStorageKey() != null)
                .findFirst()
                .orElseThrow();
        File pdf = new CasesApi(supervisor).caseDocument(caseId, notice.getId());
        seen.put("notice.pdf", new String(Files.readAllBytes(pdf.toPath()), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        pdf.delete();
        return seen;
    }

    /** Completes the user's open task of this kind with its payload, after checking payloadSchema names it. */
    private void complete(ApiClient as, long caseId, String taskKey, Object payload) throws ApiException {
        CaseTasksTaskView task = null;
        for (CaseTasksTaskView candidate : new TasksApi(as).taskMine(0, 200).getItems()) {
            if (candidate.getCaseId() == caseId && taskKey.equals(candidate.getTaskKey())) {
                task = candidate;
            }
        }
        if (task == null) {
            throw new AssertionError("no open " + taskKey + " of case " + caseId);
        }
        if (!payload.getClass().getSimpleName().equals(task.getPayloadSchema())) {
            throw new AssertionError(taskKey + " names payloadSchema " + task.getPayloadSchema() + ", not the generated "
                    + payload.getClass().getSimpleName());
        }
        TaskCompleteRequest body = new TaskCompleteRequest();
        body.setActualInstance(payload);
        ApiResponse<CaseViewOpenStep> done = new TasksApi(as).taskCompleteWithHttpInfo(task.getTaskId(), body);
        seen.put(taskKey, done.getStatusCode());
    }

    private List<FindingRow> currentFindings(long caseId) throws ApiException {
        CaseView detail = new CasesApi(supervisor).caseGet(caseId);
        List<FindingRow> current = new ArrayList<>();
        for (FindingRow finding : detail.getFindings()) {
            if (java.util.Objects.equals(finding.getRound(), detail.getCurrentRound())) {
                current.add(finding);
            }
        }
        return current;
    }

    /** Checklist answers of a cement works: manager and report in place, clinker at {@code kgce} kgce/t. */
    private static Map<String, Object> clinkerAnswers(double kgce) {
        return Map.of(
                "ENERGY_MANAGER", Map.of("value", true),
                "ENERGY_REPORT", Map.of("value", true),
                "UNIT_CONSUMPTION", Map.of("rows", List.of(Map.of(
                        "product", "CEMENT_CLINKER",
                        "indicator", "COMPREHENSIVE_ENERGY",
                        "value", kgce,
                        "unit", "kgce/t",
                        "conditions", Map.of("altitudeMeters", 200)))));
    }

    /** Signs everyone in through the generated client: tokens end when the clock moves by days. */
    private void signIn() throws ApiException {
        supervisor = as(world.supervisor());
        inspector1 = as(world.inspector1());
        inspector2 = as(world.inspector2());
        enterprise = as(world.enterpriseUser());
    }

    private ApiClient as(String username) throws ApiException {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(run.baseUrl());
        String token = new AuthApi(anonymous)
                .authToken(new AuthControllerTokenRequest().username(username).password(run.password()))
                .getToken();
        ApiClient client = new ApiClient();
        client.updateBaseUri(run.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
