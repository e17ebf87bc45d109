package cn.energyinspect.app.campaign.publication;

import cn.energyinspect.app.campaign.draw.Commitment;
import cn.energyinspect.app.campaign.draw.DrawFile;
import cn.energyinspect.app.campaign.draw.DrawParameters;
import cn.energyinspect.app.campaign.draw.DrawResult;
import cn.energyinspect.app.campaign.draw.PoolSnapshot;
import cn.energyinspect.app.campaign.draw.PublishedDraw;
import cn.energyinspect.app.campaign.drawing.TargetRow;
import cn.energyinspect.app.refusal.FieldError;
import cn.energyinspect.app.refusal.Refusal;
import cn.energyinspect.app.security.InspectorCard;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.web.Paging;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of 一公开, for anyone without logging in. Every query joins {@code campaign_publication}, so nothing
 * of an unpublished plan is reachable, and a draw's seed, pool and result only once it is revealed.
 *
 * <p>The public verification file leaves out the inspector roster: it carries declared conflicts of interest (回避)
 * and who inspected whom last, personal data beyond the name and 执法证 number the public may see. With it the public
 * recomputes the targets (pool, parameters and seed are checked against the commitment); the roster's SHA-256 is in
 * the commitment, and the full file, which also verifies the teams, is for the agency and auditors.
 */
@Service
@Transactional(readOnly = true)
public class PublicCampaigns {
    static final String VERIFY_HOWTO =
            "下载 file（JSON），用 java -jar inspection-app.jar verify-draw <file> 复核：先核对名录库、参数、种子的"
                    + " SHA-256 与抽取前公布的承诺一致，再按 docs/draw-algorithm.md 重算抽取结果。公开文件不含执法人员名录（含回避信息），"
                    + "检查组由计划所属机构和审计人员凭完整文件复核。";

    private final PublicationMapper publications;
    private final UserDirectory users;

    PublicCampaigns(PublicationMapper publications, UserDirectory users) {
        this.publications = publications;
        this.users = users;
    }

    public List<PublicPlan> plans(Integer year, String regionCode, int page, int size) {
        List<FieldError> errors = new ArrayList<>();
        Paging.check(page, size, 100, errors);
        if (regionCode != null && !regionCode.matches("\\d{6}")) {
            errors.add(new FieldError("regionCode", "须为 6 位行政区划代码"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return publications.publishedPlans(
                null,
                year,
                regionCode == null ? null : RegionCodes.prefix(regionCode),
                size,
                Paging.offset(page, size));
    }

    public PublicPlan plan(long planId) {
        return publications.publishedPlans(planId, null, null, 1, 0).stream()
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("公开的监察计划"));
    }

    public List<PublicDraw> draws(long planId) {
        plan(planId);
        return publications.publicDraws(planId, null).stream()
                .map(d -> draw(d, false))
                .toList();
    }

    public PublicDraw draw(long planId, int attempt) {
        plan(planId);
        return publications.publicDraws(planId, attempt).stream()
                .findFirst()
                .map(d -> draw(d, true))
                .orElseThrow(() -> Refusal.notFound("抽取记录"));
    }

    /** The verification file of a revealed draw, without the roster (see the class comment). */
    public String file(long planId, int attempt) {
        plan(planId);
        PublicationMapper.PublicDrawRow row = publications.publicDraws(planId, attempt).stream()
                .filter(d -> d.seedHex() != null)
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("已公布种子的抽取记录"));
        DrawResult result = row.resultJson() == null ? null : DrawFile.partFromJson(row.resultJson(), DrawResult.class);
        DrawResult withoutTeams =
                result == null ? null : new DrawResult(result.strata(), result.named(), result.excluded(), List.of());
        return DrawFile.toJson(new PublishedDraw(
                PublishedDraw.FORMAT,
                commitment(row),
                DrawFile.partFromJson(row.poolJson(), PoolSnapshot.class),
                null,
                DrawFile.partFromJson(row.parametersJson(), DrawParameters.class),
                row.seedHex(),
                withoutTeams));
    }

    public List<PublicResult> results(long planId, int page, int size) {
        PublicPlan plan = plan(planId);
        if (plan.resultsPublishedAt() == null) {
            throw Refusal.notFound("公开的检查结果");
        }
        Paging.require(page, size, Paging.MAX_SIZE);
        return publications.publicResults(planId, size, Paging.offset(page, size));
    }

    private PublicDraw draw(PublicationMapper.PublicDrawRow d, boolean withTargets) {
        List<PublicDraw.Target> targets = withTargets && d.seedHex() != null ? targets(d.id()) : null;
        return new PublicDraw(
                d.attempt(),
                d.status(),
                commitment(d),
                d.poolSize(),
                d.targetCount(),
                d.reason(),
                d.committedAt(),
                d.drawnAt(),
                d.revealedAt(),
                d.supersededAt(),
                d.seedHex(),
                targets,
                d.seedHex() == null ? "种子公布后可下载复核文件" : VERIFY_HOWTO);
    }

    private List<PublicDraw.Target> targets(long drawId) {
        List<PublicationMapper.PublicTargetRow> rows = publications.publicTargets(drawId);
        Set<String> usernames = new HashSet<>();
        rows.forEach(r -> usernames.addAll(TargetRow.usernames(r.team())));
        Map<String, InspectorCard> cards = users.inspectorCards(usernames);
        return rows.stream()
                .map(r -> new PublicDraw.Target(
                        r.uscc(),
                        r.enterpriseName(),
                        r.regionCode(),
                        r.source(),
                        r.stratum(),
                        r.status(),
                        r.replacementReason(),
                        TargetRow.usernames(r.team()).stream()
                                .map(u -> Optional.ofNullable(cards.get(u))
                                        .map(c -> new PublicDraw.Member(c.name(), c.certificateNo()))
                                        .orElse(new PublicDraw.Member("（已注销）", null)))
                                .toList()))
                .toList();
    }

    private static Commitment commitment(PublicationMapper.PublicDrawRow d) {
        return new Commitment(d.poolSha256(), d.inspectorsSha256(), d.parametersSha256(), d.seedSha256());
    }
}
