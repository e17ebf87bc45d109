package cn.energyinspect.app.campaign.drawing;

import cn.energyinspect.app.audit.AuditLog;
import cn.energyinspect.app.campaign.draw.Commitment;
import cn.energyinspect.app.campaign.draw.DrawFile;
import cn.energyinspect.app.campaign.draw.DrawParameters;
import cn.energyinspect.app.campaign.draw.DrawPreview;
import cn.energyinspect.app.campaign.draw.DrawResult;
import cn.energyinspect.app.campaign.draw.Inspector;
import cn.energyinspect.app.campaign.draw.InspectorRoster;
import cn.energyinspect.app.campaign.draw.InsufficientInspectorsException;
import cn.energyinspect.app.campaign.draw.PoolSnapshot;
import cn.energyinspect.app.campaign.draw.PublishedDraw;
import cn.energyinspect.app.campaign.draw.Seed;
import cn.energyinspect.app.campaign.draw.VerifiableDraw;
import cn.energyinspect.app.campaign.phase.CampaignPhases;
import cn.energyinspect.app.campaign.plan.PlanLookup;
import cn.energyinspect.app.campaign.plan.PlanView;
import cn.energyinspect.app.campaign.publication.CampaignPublications;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.InspectorCard;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.time.BusinessTime;
import cn.energyinspect.bpmn.CampaignProcess;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The double-random draw of a plan (双随机), step by step: preview, commit (the commitment is public at once), draw,
 * reveal the seed; a re-draw with a recorded reason; a manual replacement with a reason. Every step is audited
 * (entity {@code campaign_draw}). The algorithm itself is {@code campaign.draw}; this class freezes its inputs, keeps
 * the seed secret until the reveal and stores what it returns.
 */
@Service
@Transactional
public class CampaignDraws {
    static final String ENTITY = "campaign_draw";
    private static final Logger log = LoggerFactory.getLogger(CampaignDraws.class);

    private final DrawMapper draws;
    private final DrawInputs inputs;
    private final PlanLookup plans;
    private final CampaignPublications publications;
    private final CampaignPhases phases;
    private final AuditLog audit;
    private final UserDirectory users;
    private final BusinessTime time;
    private final SecureRandom random = new SecureRandom();

    CampaignDraws(
            DrawMapper draws,
            DrawInputs inputs,
            PlanLookup plans,
            CampaignPublications publications,
            CampaignPhases phases,
            AuditLog audit,
            UserDirectory users,
            BusinessTime time) {
        this.draws = draws;
        this.inputs = inputs;
        this.plans = plans;
        this.publications = publications;
        this.phases = phases;
        this.audit = audit;
        this.users = users;
        this.time = time;
    }

    /** Counts per stratum for these parameters now; changes nothing. */
    @Transactional(readOnly = true)
    public PreviewView preview(long planId, DrawRequest request, CurrentUser user) {
        PlanView plan = plans.visible(planId, user);
        requireAgencyStaff(user);
        requireOwnAgencyOrOverseer(plan, user, "抽取预览（含各辖区的候选数和本机构执法人员数）仅供计划所属机构和审计人员");
        LocalDate today = time.today();
        DrawParameters parameters = DrawParametersForm.parameters(request, today, plan.ownQuota());
        DrawInputs.Pool withBasis = inputs.poolWithBasis(plan);
        PoolSnapshot pool = withBasis.snapshot();
        DrawPreview preview = preview(pool, parameters);
        long certified = inputs.roster(plan.agencyId(), pool, today).inspectors().stream()
                .filter(i -> !i.certificateValidUntil().isBefore(today))
                .count();
        return new PreviewView(
                plan.id(),
                plan.ownQuota(),
                pool.candidates().size(),
                preview.named(),
                preview.excluded(),
                preview.drawn(),
                preview.strata(),
                (int) certified,
                parameters.teamSize(),
                withBasis.riskClassBasis());
    }

    /** Freezes pool, roster and parameters, draws a secret seed and publishes the commitment. */
    public DrawView commit(long planId, DrawRequest request, CurrentUser user) {
        PlanView plan = plans.heldByOwnAgency(planId, user, "只有计划所属机构可以抽取");
        if (draws.currentDraw(planId).isPresent()) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "本计划已有抽取记录；重新抽取须通过 /redraw 说明理由");
        }
        return newCommitment(plan, request, null, user);
    }

    /** A further draw: the current one is superseded (kept on record) and a new commitment published. */
    public DrawView redraw(long planId, RedrawRequest request, CurrentUser user) {
        PlanView plan = plans.heldByOwnAgency(planId, user, "只有计划所属机构可以重新抽取");
        String reason = reason(request == null ? null : request.reason());
        DrawRow current = draws.currentDraw(planId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "本计划尚无抽取，请直接提交抽取承诺"));
        int started = draws.countStarted(current.id());
        if (started > 0) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "已有 " + started + " 个检查对象启动了案件，不能重新抽取；个别对象可人工替换并说明理由");
        }
        Instant now = time.now();
        draws.supersede(current.id(), now);
        draws.supersedeTargets(current.id());
        DrawView next = newCommitment(plan, request.parameters(), reason, user);
        audit.record(
                null,
                ENTITY,
                current.id(),
                "SUPERSEDE",
                user.username(),
                view(current),
                Map.of("reason", reason, "supersededBy", next.id()));
        return next;
    }

    /** Runs the committed draw: targets and teams, stored with the plan; the seed stays secret. */
    public DrawView draw(long planId, CurrentUser user) {
        plans.heldByOwnAgency(planId, user, "只有计划所属机构可以抽取");
        DrawRow current = draws.currentDraw(planId)
                .orElseThrow(() -> new Refusal(
                        Refusal.Kind.DRAW_NOT_COMMITTED,
                        "抽取前须先公布抽取承诺（POST /api/v1/campaigns/" + planId + "/draw/commit）"));
        if (current.status() != DrawStatus.COMMITTED) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "本次抽取已完成（" + current.status() + "）");
        }
        DrawMapper.Inputs stored = draws.inputs(current.id());
        PoolSnapshot pool = DrawFile.partFromJson(stored.poolJson(), PoolSnapshot.class);
        InspectorRoster roster = DrawFile.partFromJson(stored.rosterJson(), InspectorRoster.class);
        DrawParameters parameters = DrawFile.partFromJson(stored.parametersJson(), DrawParameters.class);
        long started = System.nanoTime();
        DrawResult result;
        try {
            result = VerifiableDraw.run(new Seed(stored.seedHex()), pool, roster, parameters);
        } catch (InsufficientInspectorsException e) {
            throw tooFewInspectors(e);
        }
        List<DrawMapper.NewTarget> targets = targets(result, pool);
        Instant now = time.now();
        if (draws.setDrawn(current.id(), DrawFile.partToJson(result), targets.size(), now) != 1) {
            throw new Refusal(Refusal.Kind.STALE_VERSION, "抽取已被他人执行，请刷新");
        }
        for (int from = 0; from < targets.size(); from += 1000) {
            draws.insertTargets(planId, current.id(), targets.subList(from, Math.min(targets.size(), from + 1000)));
        }
        DrawRow drawn = draws.currentDraw(planId).orElseThrow();
        audit.record(
                null,
                ENTITY,
                current.id(),
                "DRAW",
                user.username(),
                null,
                Map.of(
                        "targets",
                        targets.size(),
                        "named",
                        result.named().size(),
                        "excluded",
                        result.excluded().size()));
        log.info(
                "I-DRAW plan={} attempt={} targets={} in {} ms",
                planId,
                current.attempt(),
                targets.size(),
                (System.nanoTime() - started) / 1_000_000);
        return view(drawn, null);
    }

    /** Publishes the seed: from now on anyone can recompute the draw. Ends the plan's draw phase. */
    public DrawView reveal(long planId, CurrentUser user) {
        plans.heldByOwnAgency(planId, user, "只有计划所属机构可以公布随机种子");
        DrawRow current = draws.currentDraw(planId)
                .filter(d -> d.status() == DrawStatus.DRAWN)
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "只有已完成抽取、尚未公布种子的抽取可以公布种子"));
        draws.setRevealed(current.id(), time.now());
        DrawMapper.Inputs stored = draws.inputs(current.id());
        audit.record(null, ENTITY, current.id(), "REVEAL", user.username(), null, Map.of("seed", stored.seedHex()));
        phases.completeIfCurrent(planId, CampaignProcess.Phases.DRAW);
        return view(draws.currentDraw(planId).orElseThrow(), stored.seedHex());
    }

    /**
     * Replaces one target that has no case yet by another enterprise of the plan's pool with a recorded reason. The
     * replacement keeps the team unless it names another one; either way the team must be allowed to inspect it.
     */
    public TargetView replace(long planId, String uscc, ReplaceRequest request, CurrentUser user) {
        PlanView plan = plans.heldByOwnAgency(planId, user, "只有计划所属机构可以替换检查对象");
        String reason = reason(request == null ? null : request.reason());
        DrawRow current = draws.currentDraw(planId)
                .filter(d -> d.status() != DrawStatus.COMMITTED)
                .orElseThrow(() -> new Refusal(Refusal.Kind.STATE_CONFLICT, "尚未抽取，不能替换检查对象"));
        TargetRow replaced = draws.lockTarget(current.id(), uscc)
                .filter(t -> "ACTIVE".equals(t.status()))
                .orElseThrow(() -> Refusal.notFound("检查对象 " + uscc));
        if (replaced.caseId() != null) {
            throw new Refusal(Refusal.Kind.STATE_CONFLICT, "该检查对象已启动案件，不能替换");
        }
        String replacement = request.replacementUscc() == null
                ? ""
                : request.replacementUscc().strip();
        DrawMapper.Inputs stored = draws.inputs(current.id());
        PoolSnapshot pool = DrawFile.partFromJson(stored.poolJson(), PoolSnapshot.class);
        var candidate = pool.candidates().stream()
                .filter(c -> c.uscc().equals(replacement))
                .findFirst()
                .orElseThrow(() -> Refusal.invalid("replacementUscc", "替换对象须是本次抽取名录库（承诺时的快照）中的企业"));
        if (draws.lockTarget(current.id(), replacement).isPresent()) {
            throw Refusal.invalid("replacementUscc", "该企业已在本次抽取的检查对象中（含已被替换的）");
        }
        if (draws.isActiveTargetElsewhere(replacement, plan.year())) {
            throw Refusal.invalid("replacementUscc", "该企业已是本年度的检查对象");
        }
        List<String> team = request.team() == null || request.team().isEmpty()
                ? replaced.teamUsernames()
                : List.copyOf(new LinkedHashSet<>(request.team()));
        InspectorRoster roster = DrawFile.partFromJson(stored.rosterJson(), InspectorRoster.class);
        DrawParameters parameters = DrawFile.partFromJson(stored.parametersJson(), DrawParameters.class);
        requireTeamMayInspect(team, replacement, roster, parameters);
        var inserted = new DrawMapper.NewSingleTarget(
                planId, current.id(), replacement, "REPLACEMENT", replaced.stratum(), String.join(",", team));
        draws.insertTarget(inserted);
        draws.markReplaced(replaced.id(), inserted.id, reason);
        audit.record(
                null,
                ENTITY,
                current.id(),
                "REPLACE",
                user.username(),
                Map.of("uscc", replaced.uscc(), "team", replaced.team()),
                Map.of("uscc", candidate.uscc(), "team", String.join(",", team), "reason", reason));
        return targetViews(current.id()).stream()
                .filter(t -> t.uscc().equals(replacement))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<DrawView> list(long planId, CurrentUser user) {
        plans.visible(planId, user);
        return draws.draws(planId).stream().map(this::view).toList();
    }

    /** The targets of the plan's current draw, replaced ones included with their reason. */
    @Transactional(readOnly = true)
    public List<TargetView> targets(long planId, CurrentUser user) {
        PlanView plan = plans.visible(planId, user);
        boolean ownAgency = Long.valueOf(plan.agencyId()).equals(user.agencyId());
        return draws.currentDraw(planId)
                .filter(d -> d.status() != DrawStatus.COMMITTED)
                // the result is the executing agency's until the seed is revealed
                .filter(d -> ownAgency || d.status() == DrawStatus.REVEALED)
                .map(d -> targetViews(d.id()).stream()
                        // a parent plan's rows only within the reader's own region
                        .filter(t -> user.jurisdiction().coversRegion(t.regionCode()))
                        .map(t -> ownAgency ? t : t.withoutTeamLogins())
                        .toList())
                .orElse(List.of());
    }

    /**
     * The complete draw file with the roster, for the executing agency and auditors once the seed is revealed
     * ({@code verify-draw} checks it). The public file leaves the roster out (see {@code PublicDraws}).
     */
    @Transactional(readOnly = true)
    public String file(long planId, int attempt, CurrentUser user) {
        PlanView plan = plans.visible(planId, user);
        // the roster holds declared conflicts
        requireOwnAgencyOrOverseer(plan, user, "完整抽取文件（含执法人员回避信息）仅供计划所属机构和审计人员");
        DrawRow row = draws.draws(planId).stream()
                .filter(d -> d.attempt() == attempt && d.revealedAt() != null)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("已公布种子的第 " + attempt + " 次抽取"));
        return DrawFile.toJson(publishedDraw(row));
    }

    /** The stored draw as the file format has it (seed included: only call once revealed). */
    private PublishedDraw publishedDraw(DrawRow row) {
        DrawMapper.Inputs stored = draws.inputs(row.id());
        return new PublishedDraw(
                PublishedDraw.FORMAT,
                commitment(row),
                DrawFile.partFromJson(stored.poolJson(), PoolSnapshot.class),
                DrawFile.partFromJson(stored.rosterJson(), InspectorRoster.class),
                DrawFile.partFromJson(stored.parametersJson(), DrawParameters.class),
                stored.seedHex(),
                stored.resultJson() == null ? null : DrawFile.partFromJson(stored.resultJson(), DrawResult.class));
    }

    private DrawView newCommitment(PlanView plan, DrawRequest request, String reason, CurrentUser user) {
        publications.requirePlanPublished(plan.id());
        phases.requireCurrent(plan.id(), CampaignProcess.Phases.DRAW);
        LocalDate today = time.today();
        DrawParameters parameters = DrawParametersForm.parameters(request, today, plan.ownQuota());
        PoolSnapshot pool = inputs.pool(plan);
        DrawPreview preview = preview(pool, parameters);
        if (preview.drawn() > plan.ownQuota()) {
            String field = parameters.ratio() != null ? "ratio" : "countPerStratum";
            throw Refusal.invalid(
                    field,
                    "按此参数将抽取 " + preview.drawn() + " 家，超出本级抽取数 " + plan.ownQuota() + " 家（多 "
                            + (preview.drawn() - plan.ownQuota()) + " 家）");
        }
        if (preview.targets() == 0) {
            throw Refusal.invalid("ratio", "名录库中没有可抽取的企业（" + pool.candidates().size() + " 家均被排除或本级抽取数为 0）");
        }
        InspectorRoster roster = inputs.roster(plan.agencyId(), pool, today);
        long certified = roster.inspectors().stream()
                .filter(i -> !i.certificateValidUntil().isBefore(today))
                .count();
        if (certified < parameters.teamSize()) {
            throw new Refusal(
                    Refusal.Kind.TOO_FEW_INSPECTORS,
                    "本机构持有效执法证的执法人员仅 " + certified + " 人，每组需 " + parameters.teamSize() + " 人，还缺 "
                            + (parameters.teamSize() - certified) + " 人",
                    List.of(new FieldError("teamSize", "缺 " + (parameters.teamSize() - certified) + " 名持证执法人员")));
        }
        Seed seed = Seed.generate(random);
        Commitment commitment = Commitment.of(seed, pool, roster, parameters);
        var row = new DrawMapper.NewDraw(
                plan.id(),
                draws.lastAttempt(plan.id()) + 1,
                DrawFile.partToJson(pool),
                DrawFile.partToJson(roster),
                DrawFile.partToJson(parameters),
                commitment.poolSha256(),
                commitment.inspectorsSha256(),
                commitment.parametersSha256(),
                commitment.seedSha256(),
                seed.hex(),
                pool.candidates().size(),
                reason,
                user.username(),
                time.now());
        draws.insertDraw(row);
        audit.record(
                null,
                ENTITY,
                row.id,
                reason == null ? "COMMIT" : "REDRAW_COMMIT",
                user.username(),
                null,
                reason == null
                        ? Map.of("commitment", commitment, "parameters", parameters)
                        : Map.of("commitment", commitment, "parameters", parameters, "reason", reason));
        DrawRow stored = draws.currentDraw(plan.id()).orElseThrow();
        return view(stored, null);
    }

    /** The preview; 422 naming the strata that have neither a count nor, for want of a ratio, a quota. */
    private static DrawPreview preview(PoolSnapshot pool, DrawParameters parameters) {
        DrawPreview preview = DrawPreview.of(pool, parameters);
        List<String> uncounted = preview.uncounted();
        if (!uncounted.isEmpty()) {
            throw Refusal.invalid(
                    "countPerStratum",
                    "以下分层没有给出抽取数量，且未给出抽取比例 ratio："
                            + String.join("、", uncounted.subList(0, Math.min(20, uncounted.size())))
                            + (uncounted.size() > 20 ? " 等 " + uncounted.size() + " 个分层" : ""));
        }
        return preview;
    }

    private static List<DrawMapper.NewTarget> targets(DrawResult result, PoolSnapshot pool) {
        Map<String, String> teams = new HashMap<>();
        result.teams().forEach(t -> teams.put(t.uscc(), String.join(",", t.inspectors())));
        List<DrawMapper.NewTarget> targets = new ArrayList<>();
        result.named().forEach(u -> targets.add(new DrawMapper.NewTarget(u, "NAMED", null, teams.get(u))));
        result.strata()
                .forEach(s -> s.drawn()
                        .forEach(t -> targets.add(
                                new DrawMapper.NewTarget(t.uscc(), "DRAWN", s.stratum(), teams.get(t.uscc())))));
        return targets;
    }

    private static void requireTeamMayInspect(
            List<String> team, String uscc, InspectorRoster roster, DrawParameters parameters) {
        if (team.size() < parameters.teamSize()) {
            throw Refusal.invalid("team", "每组需 " + parameters.teamSize() + " 名执法人员");
        }
        Map<String, Inspector> byName = new HashMap<>();
        roster.inspectors().forEach(i -> byName.put(i.username(), i));
        List<String> refused = new ArrayList<>();
        for (String name : team) {
            Inspector i = byName.get(name);
            if (i == null
                    || i.certificateValidUntil().isBefore(parameters.drawDate())
                    || i.conflicts().contains(uscc)
                    || i.lastInspected().contains(uscc)) {
                refused.add(name);
            }
        }
        if (!refused.isEmpty()) {
            throw Refusal.invalid("team", "以下人员不能检查该企业（不在名录库、执法证无效、已声明回避或上次检查过该企业）：" + String.join("、", refused));
        }
    }

    private static String reason(String raw) {
        String reason = raw == null ? "" : raw.strip();
        if (reason.isEmpty()) {
            throw Refusal.invalid("reason", "须说明理由");
        }
        if (reason.length() > 500) {
            throw Refusal.invalid("reason", "不得超过 500 字");
        }
        return reason;
    }

    private static Refusal tooFewInspectors(InsufficientInspectorsException e) {
        int missing = e.shortfalls().stream()
                .mapToInt(InsufficientInspectorsException.Shortfall::missing)
                .max()
                .orElse(0);
        return new Refusal(
                Refusal.Kind.TOO_FEW_INSPECTORS,
                e.shortfalls().size() + " 个检查对象无法组成检查组（回避或上次检查排除后可选人员不足），最多缺 " + missing
                        + " 人；请补充执法人员名录或调整组员人数后重新抽取（须说明理由）",
                List.of(new FieldError("teamSize", "缺 " + missing + " 名可选执法人员")));
    }

    /**
     * The plan's own agency, and auditors or administrators of its region or above — never a county below a city's or
     * the province's plan, who may read the plan's header but no data of the other counties (candidates per stratum,
     * the roster).
     */
    private static void requireOwnAgencyOrOverseer(PlanView plan, CurrentUser user, String message) {
        boolean ownSupervisor =
                user.hasRole(Role.SUPERVISOR) && Long.valueOf(plan.agencyId()).equals(user.agencyId());
        boolean overseer = user.hasRole(Role.AUDITOR, Role.PROVINCE_ADMIN)
                && user.jurisdiction().coversRegion(plan.regionCode());
        if (!ownSupervisor && !overseer) {
            throw Refusal.forbidden(message);
        }
    }

    private static void requireAgencyStaff(CurrentUser user) {
        if (!user.hasRole(Role.SUPERVISOR, Role.PROVINCE_ADMIN, Role.AUDITOR)) {
            throw Refusal.forbidden("只有监察机构负责人可以预览抽取");
        }
    }

    private List<TargetView> targetViews(long drawId) {
        List<TargetRow> targets = draws.targets(drawId);
        Set<String> usernames = new HashSet<>();
        targets.forEach(t -> usernames.addAll(t.teamUsernames()));
        Map<String, InspectorCard> cards = users.inspectorCards(usernames);
        return targets.stream()
                .map(t -> new TargetView(
                        t.uscc(),
                        t.enterpriseName(),
                        t.regionCode(),
                        t.source(),
                        t.stratum(),
                        t.teamUsernames().stream()
                                .map(u -> cards.getOrDefault(u, new InspectorCard(u, u, null)))
                                .map(c -> new TargetView.TeamMember(c.username(), c.name(), c.certificateNo()))
                                .toList(),
                        t.status(),
                        t.replacementReason(),
                        t.caseId()))
                .toList();
    }

    private DrawView view(DrawRow row) {
        return view(
                row, row.revealedAt() == null ? null : draws.inputs(row.id()).seedHex());
    }

    private static DrawView view(DrawRow row, String seed) {
        return new DrawView(
                row.id(),
                row.planId(),
                row.attempt(),
                row.status(),
                commitment(row),
                row.poolSize(),
                row.targetCount(),
                row.reason(),
                row.committedBy(),
                row.committedAt(),
                row.drawnAt(),
                row.revealedAt(),
                row.supersededAt(),
                seed);
    }

    static Commitment commitment(DrawRow row) {
        return new Commitment(row.poolSha256(), row.inspectorsSha256(), row.parametersSha256(), row.seedSha256());
    }
}
