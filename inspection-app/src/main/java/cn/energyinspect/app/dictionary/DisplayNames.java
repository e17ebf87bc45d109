package cn.energyinspect.app.dictionary;

import cn.energyinspect.rules.desk.Checks;
import cn.energyinspect.rules.desk.FilingStatus;
import cn.energyinspect.rules.desk.RiskClass;
import cn.energyinspect.rules.desk.RuleSet;
import cn.energyinspect.rules.desk.ScreeningRule;
import cn.energyinspect.rules.desk.SignalOutcome;
import cn.energyinspect.rules.energy.EnergyAccounting;
import cn.energyinspect.rules.energy.EnergyTypeInfo;
import cn.energyinspect.rules.energy.KeyUnitStatus;
import cn.energyinspect.rules.equipment.EquipmentType;
import cn.energyinspect.rules.procedure.LawArticle;
import cn.energyinspect.rules.procedure.PenaltyKind;
import cn.energyinspect.rules.procedure.PenaltyProcedure;
import cn.energyinspect.rules.procedure.Procedure;
import cn.energyinspect.rules.quota.QuotaGrading;
import cn.energyinspect.rules.quota.QuotaIndicator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one dictionary of display names: every code the API uses and a person reads (a status, a finding kind, a
 * product, a confidence tag, a document kind, an audit action …) has its Chinese name here, and only here. Documents,
 * findings, search results and the web pages (through {@code GET /api/v1/dictionaries}) all read it, so a page never
 * shows {@code CEMENT_CLINKER} or {@code THIRD_PARTY} and two screens never name one thing differently.
 */
public final class DisplayNames {
    /** The categories, each a code → name map. */
    public enum Category {
        CASE_STATUS("caseStatus"),
        CASE_TRIGGER("caseTrigger"),
        INSPECTION_TYPE("inspectionType"),
        CASE_OUTCOME("caseOutcome"),
        FINDING_KIND("findingKind"),
        FINDING_SOURCE("findingSource"),
        DOCUMENT_KIND("documentKind"),
        DOCUMENT_STATUS("documentStatus"),
        REVIEW_DECISION("reviewDecision"),
        CONFIDENCE("confidence"),
        ROLE("role"),
        TEAM_ROLE("teamRole"),
        CHECKLIST_ITEM_KIND("checklistItemKind"),
        QUOTA_INDICATOR("quotaIndicator"),
        QUOTA_PRODUCT("quotaProduct"),
        EQUIPMENT_TYPE("equipmentType"),
        LAW_ARTICLE("lawArticle"),
        PENALTY_AUTHORITY("penaltyAuthority"),
        SEARCH_TYPE("searchType"),
        PLAN_STAGE("planStage"),
        AUDIT_ACTION("auditAction"),
        TASK("task"),
        PENALTY_STATUS("penaltyStatus"),
        PENALTY_SOURCE("penaltySource"),
        PENALTY_OUTCOME("penaltyOutcome"),
        PENALTY_REVIEW_OUTCOME("penaltyReviewOutcome"),
        PENALTY_KIND("penaltyKind"),
        SEVERITY_TIER("severityTier"),
        PARTY_CATEGORY("partyCategory"),
        ACTING_AS("actingAs"),
        PUBLICATION_STATUS("publicationStatus"),
        PUBLICATION_END("publicationEnd"),
        REPAIR_STATUS("repairStatus"),
        CREDIT_PUSH("creditPush"),
        DECISION_CHANGE("decisionChange"),
        PENALTY_FILE_PURPOSE("penaltyFilePurpose"),
        SERVICE_METHOD("serviceMethod"),
        ROUND_STATUS("roundStatus"),
        FILER_STATUS("filerStatus"),
        REPORT_STATUS("reportStatus"),
        REPORT_SOURCE("reportSource"),
        REPORT_CHECK("reportCheck"),
        KEY_UNIT_STATUS("keyUnitStatus"),
        SCREENING_SIGNAL("screeningSignal"),
        SIGNAL_OUTCOME("signalOutcome"),
        FILING_STATUS("filingStatus"),
        RISK_CLASS("riskClass"),
        DESK_DECISION("deskDecision"),
        ENERGY_TYPE("energyType"),
        ENERGY_USE("energyUse"),
        ELECTRICITY_BASIS("electricityBasis"),
        // project approvals (app/approval)
        APPROVAL_PROGRAMME("approvalProgramme"),
        APPROVAL_STATUS("approvalStatus"),
        APPROVAL_STAGE("approvalStage"),
        APPROVAL_OUTCOME("approvalOutcome"),
        PRECHECK_DECISION("precheckDecision"),
        PRECHECK_REASON("precheckReason"),
        CAPACITY_INDUSTRY("capacityIndustry"),
        CAPACITY_FLAG("capacityFlag"),
        HOLD_KIND("holdKind"),
        HOLD_EFFECT("holdEffect"),
        OBJECTION_STATUS("objectionStatus"),
        MILESTONE("milestone"),
        WHITE_LIST_CRITERION("whiteListCriterion"),
        BENCHMARK_LEVEL("benchmarkLevel"),
        CHAIN_POSITION("chainPosition"),
        FILE_PURPOSE("filePurpose"),
        INDUSTRY("industry"),
        NOTICE_KIND("noticeKind"),
        CHECKLIST_GRADING("checklistGrading"),
        CREDENTIAL_STATUS("credentialStatus"),
        CONFLICT_STATUS("conflictStatus"),
        TEMPLATE_STATUS("templateStatus"),
        OPERATION_SOURCE("operationSource"),
        AGENCY_TIER("agencyTier"),
        // the feed of the desk review into campaigns and the dashboard (issue 16)
        NAMED_TARGET_REASON("namedTargetReason"),
        QUOTA_GRADE("quotaGrade"),
        PUE_BUCKET("pueBucket");

        private final String key;

        Category(String key) {
            this.key = key;
        }

        /** The key the API uses for the category, e.g. {@code caseStatus}. */
        public String key() {
            return key;
        }
    }

    private static final Map<Category, Map<String, String>> NAMES = build();

    private DisplayNames() {}

    /** The name of {@code code} in {@code category}; an unknown code is shown as 未知（code） rather than bare. */
    public static String of(Category category, String code) {
        if (code == null) {
            return null;
        }
        String name = NAMES.get(category).get(code);
        return name != null ? name : "未知（" + code + "）";
    }

    /** Whether {@code code} has a name in {@code category}. */
    public static boolean knows(Category category, String code) {
        return NAMES.get(category).containsKey(code);
    }

    /** Every category as {@code key → (code → name)}, for the pages. */
    public static Map<String, Map<String, String>> all() {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        NAMES.forEach((category, names) -> all.put(category.key(), names));
        return Collections.unmodifiableMap(all);
    }

    /** The key of a quota indicator in {@link Category#QUOTA_INDICATOR}: {@code CEMENT_CLINKER/COMPREHENSIVE_ENERGY}. */
    public static String indicatorKey(String product, String indicator) {
        return product + "/" + indicator;
    }

    private static Map<Category, Map<String, String>> build() {
        Map<Category, Map<String, String>> names = new LinkedHashMap<>();
        names.put(
                Category.CASE_STATUS,
                ordered(
                        "OPENED", "已立案",
                        "TEAM_ASSIGNED", "已组成监察组",
                        "NOTICE_SERVED", "已送达监察通知书",
                        "WRITTEN_REVIEW", "书面答复审查中",
                        "INSPECTED", "已完成现场监察",
                        "NOTICE_DRAFTED", "整改通知书待审批",
                        "NOTICE_RETURNED", "整改通知书退回修改",
                        "NOTICE_APPROVED", "整改通知书已批准",
                        "RECTIFYING", "整改中",
                        "ANSWERED", "企业已回复整改",
                        "REINSPECTING", "待现场复查",
                        "CLOSURE_PENDING", "待结案审批",
                        "CLOSED", "已结案",
                        "REFERRED_FOR_PENALTY", "已移送行政处罚",
                        "WITHDRAWN", "已撤销立案"));
        names.put(
                Category.CASE_TRIGGER,
                ordered(
                        "CAMPAIGN", "专项监察（双随机）",
                        "MANUAL", "日常监察",
                        "COMPLAINT", "投诉举报",
                        "SPOT_CHECK", "抽查",
                        "TRANSFER", "移送",
                        "DESK_SCREENING", "能源利用状况报告筛查（书面监察）",
                        "DESK_REVIEW", "书面监察转现场监察"));
        names.put(Category.INSPECTION_TYPE, ordered("ON_SITE", "现场监察", "DESK", "书面监察"));
        names.put(
                Category.CASE_OUTCOME,
                ordered(
                        "CLOSED_NO_FINDINGS", "未发现问题结案",
                        "CLOSED_RECTIFIED", "整改完成结案",
                        "CLOSED_EXPLAINED", "书面说明成立结案",
                        "ESCALATED_ON_SITE", "转现场监察结案",
                        "REFERRED_FOR_PENALTY", "移送行政处罚",
                        "WITHDRAWN", "撤销立案"));
        names.put(
                Category.FINDING_KIND,
                ordered(
                        "OVER_QUOTA", "超过单位产品能耗限额",
                        "BELOW_EFFICIENCY_LIMIT", "用能设备低于能效限定值",
                        "ELIMINATED_EQUIPMENT", "使用国家明令淘汰的用能设备",
                        "OTHER", "其他违法行为"));
        names.put(
                Category.FINDING_SOURCE,
                ordered(
                        "RULE", "规则库判定",
                        "INSPECTOR", "监察员人工判定",
                        "MANUAL", "监察员记录",
                        "SCREENING", "报告筛查（书面监察确认）"));
        names.put(
                Category.DOCUMENT_KIND,
                ordered(
                        "INSPECTION_NOTICE", "节能监察通知书",
                        "ON_SITE_RECORD", "现场监察笔录",
                        "RECTIFICATION_NOTICE", "限期整改通知书",
                        "REVIEW_OPINION", "整改复查意见书",
                        "PENALTY_REGISTRATION", "立案审批表",
                        "PENALTY_NOTICE", "行政处罚事先告知书",
                        "HEARING_NOTICE", "听证通知书",
                        "HEARING_RECORD", "听证笔录",
                        "PENALTY_DECISION", "行政处罚决定书",
                        "SERVICE_RECEIPT", "送达回证",
                        "CREDIT_REPAIR_NOTICE", "信用修复告知书",
                        "NO_PENALTY_DECISION", "不予行政处罚决定书",
                        "APPROVAL_ANNOUNCEMENT", "产能置换方案公告",
                        "APPROVAL_REPLY", "产能置换方案批复",
                        "WHITE_LIST_NOTICE", "列入白名单通知",
                        "APPROVAL_REVOCATION", "暂停或撤销公告"));
        names.put(
                Category.DOCUMENT_STATUS,
                ordered(
                        "DRAFT", "待审批",
                        "RETURNED", "已退回修改",
                        "APPROVED", "已批准待送达",
                        "SERVED", "已送达",
                        "ISSUED", "已出具",
                        "SUPERSEDED", "已作废（被替换）"));
        names.put(
                Category.REVIEW_DECISION,
                ordered("ACCEPT", "整改合格（书面审查通过）", "REINSPECT", "需现场复查", "REJECT", "整改不合格，重新答复"));
        names.put(
                Category.CONFIDENCE,
                ordered("LAW", "法律原文", "PAGE", "公开网页引文", "THIRD_PARTY", "第三方转录", "UNCONFIRMED", "待核实"));
        names.put(
                Category.ROLE,
                ordered(
                        "PROVINCE_ADMIN", "省级管理员",
                        "SUPERVISOR", "科室负责人",
                        "INSPECTOR", "监察员",
                        "ENTERPRISE", "被监察企业",
                        "AUDITOR", "监督员（只读）",
                        "PROJECT_REVIEWER", "项目审核员（工信部门）"));
        names.put(Category.TEAM_ROLE, ordered("LEADER", "组长", "MEMBER", "组员"));
        names.put(
                Category.CHECKLIST_ITEM_KIND,
                ordered(
                        "YES_NO", "是否",
                        "NUMBER", "数值",
                        "TEXT", "文字",
                        "QUOTA", "单位产品能耗",
                        "EQUIPMENT", "用能设备",
                        "METER", "计量表读数",
                        "PHOTO", "照片"));
        Map<String, String> indicators = new LinkedHashMap<>();
        for (QuotaIndicator indicator : QuotaGrading.standard().indicators()) {
            indicators.put(indicatorKey(indicator.product(), indicator.indicator()), indicator.nameZh());
        }
        names.put(Category.QUOTA_INDICATOR, Collections.unmodifiableMap(indicators));
        Map<String, String> equipment = new LinkedHashMap<>();
        for (EquipmentType type : EquipmentType.values()) {
            equipment.put(type.name(), type.nameZh());
        }
        names.put(Category.EQUIPMENT_TYPE, Collections.unmodifiableMap(equipment));
        Map<String, String> products = new LinkedHashMap<>();
        for (QuotaIndicator indicator : QuotaGrading.standard().indicators()) {
            if (indicator.productNameZh() != null) {
                products.putIfAbsent(indicator.product(), indicator.productNameZh());
            }
        }
        names.put(Category.QUOTA_PRODUCT, Collections.unmodifiableMap(products));
        Map<String, String> articles = new LinkedHashMap<>();
        for (LawArticle article : Procedure.standard().articles()) {
            articles.put(article.code(), article.citation() + "：" + article.title());
        }
        names.put(Category.LAW_ARTICLE, Collections.unmodifiableMap(articles));
        names.put(
                Category.PENALTY_AUTHORITY, ordered("AGENCY", "节能主管部门", "MARKET", "市场监督管理部门", "GOVERNMENT", "本级人民政府"));
        names.put(
                Category.SEARCH_TYPE,
                ordered(
                        "ENTERPRISE", "企业",
                        "CASE", "案件",
                        "FINDING", "发现问题",
                        "DOCUMENT", "执法文书",
                        "EVIDENCE", "证据",
                        "ANSWER", "整改回复",
                        "REVIEW", "复查意见",
                        "APPLICATION", "审批申请",
                        "OBJECTION", "公示异议",
                        "DECISION", "审批决定"));
        names.put(
                Category.PLAN_STAGE,
                ordered(
                        "DRAFT", "草稿",
                        "ISSUED", "已下达待接收",
                        "ACCEPTED", "已接收",
                        "RETURNED", "已退回",
                        "PUBLISHED", "已公开（实施中）",
                        "RESULTS_PUBLISHED", "结果已公开"));
        names.put(Category.AUDIT_ACTION, auditActions());
        approvals(names);
        names.put(
                Category.TASK,
                ordered(
                        "Task_AssignTeam", "指派监察组并确定检查日期",
                        "Task_ServeInspectionNotice", "送达节能监察通知书",
                        "Task_OnSiteInspection", "现场监察 / 书面监察",
                        "Task_EnterpriseStatement", "企业陈述",
                        "Task_DraftRectificationNotice", "起草限期整改通知书",
                        "Task_ApproveRectificationNotice", "审批限期整改通知书",
                        "Task_ServeRectificationNotice", "送达限期整改通知书",
                        "Task_EnterpriseAnswer", "企业整改答复",
                        "Task_DecideExtension", "审批延期申请",
                        "Task_ReviewRectification", "整改复查",
                        "Task_ApproveClosure", "批准结案",
                        "Task_ApproveWithdrawal", "审批撤销立案",
                        "Task_RegisterPenaltyCase", "立案审批",
                        "Task_Investigate", "调查取证",
                        "Task_LegalReview", "案件审核（法制审核）",
                        "Task_DecideNoPenalty", "不予行政处罚决定",
                        "Task_Transfer", "案件移送",
                        "Task_ServePenaltyNotice", "送达行政处罚事先告知书",
                        "Task_PartyStatement", "当事人陈述申辩",
                        "Task_ScheduleHearing", "安排听证并送达听证通知书",
                        "Task_HoldHearing", "举行听证",
                        "Task_CollectiveDiscussion", "负责人集体讨论",
                        "Task_Decide", "作出行政处罚决定",
                        "Task_ServeDecision", "送达行政处罚决定书",
                        "Task_ServeDemand", "送达催告书",
                        "Task_ApplyCourtEnforcement", "申请人民法院强制执行",
                        "Task_PublishRecord", "审核并公示行政处罚信息",
                        "Task_ReviewRepair", "审核信用修复申请",
                        "Task_ConfirmSignals", "确认筛查问题并指派书面监察人员",
                        "Task_ServeDeskNotice", "送达书面监察通知书",
                        "Task_EnterpriseWrittenAnswer", "企业书面说明及材料",
                        "Task_ReviewWrittenAnswer", "书面审查"));
        names.put(Category.INDUSTRY, industries());
        names.put(
                Category.NOTICE_KIND,
                ordered(
                        "TASK_OFFERED", "新待办",
                        "DEADLINE_APPROACHING", "期限临近",
                        "DEADLINE_PASSED", "已逾期",
                        "STATEMENT_PERIOD_OVER", "陈述期届满",
                        "NOTICE_SERVICE_ESCALATED", "整改通知书送达预警",
                        "NOTICE_SERVICE_LATE", "整改通知书逾期送达",
                        "REFERRED_FOR_PENALTY", "移送行政处罚",
                        "PLAN_SPLIT", "下达监察计划",
                        "ENTERPRISE_ANSWERED", "企业整改回复",
                        "CONFLICT_DECLARED", "回避申请",
                        "CONFLICT_DECIDED", "回避审批结果"));
        names.put(
                Category.CHECKLIST_GRADING,
                ordered(
                        "QUOTA_LIMIT", "能耗限额标准判定（单位产品能耗）",
                        "EQUIPMENT_CONFORMITY", "能效标准与淘汰目录判定（用能设备）",
                        "OBLIGATION", "法定义务判定（答案为违法时记为问题）",
                        "NONE", "仅记录，不判定"));
        names.put(Category.CREDENTIAL_STATUS, ordered("ACTIVE", "有效", "SUSPENDED", "暂扣", "REVOKED", "注销"));
        names.put(Category.CONFLICT_STATUS, ordered("DECLARED", "待审批", "APPROVED", "已同意", "REJECTED", "未同意"));
        names.put(Category.TEMPLATE_STATUS, ordered("DRAFT", "草稿", "PUBLISHED", "已发布"));
        names.put(Category.OPERATION_SOURCE, ordered("AUDIT", "业务审计", "SECURITY", "安全审计"));
        names.put(Category.AGENCY_TIER, ordered("PROVINCE", "省级", "CITY", "市级", "COUNTY", "县级"));
        names.put(
                Category.NAMED_TARGET_REASON,
                ordered(
                        "NATIONAL_LIST", "上级指定名单",
                        "REINSPECTION", "复查（上一年度违法未整改到位）",
                        "COMPLAINT", "投诉举报"));
        names.put(
                Category.QUOTA_GRADE,
                ordered(
                        "GRADE_1", "限额 1 级",
                        "GRADE_2", "限额 2 级",
                        "GRADE_3", "限额 3 级",
                        "OVER_QUOTA", "超过限额",
                        "NOT_GRADED", "未定级"));
        names.put(
                Category.PUE_BUCKET,
                ordered(
                        "GRADE_1", "GB 40879 1 级",
                        "GRADE_2", "GB 40879 2 级",
                        "GRADE_3", "GB 40879 3 级（限定值）",
                        "ABOVE_LIMIT", "超过限定值",
                        "NOT_GRADED", "未定级（如边缘数据中心）"));
        penaltyNames(names);
        deskReview(names);
        return Collections.unmodifiableMap(names);
    }

    /** The annual 能源利用状况报告, its rounds, checks and screening, and the desk review (书面监察). */
    private static void deskReview(Map<Category, Map<String, String>> names) {
        names.put(Category.ROUND_STATUS, ordered("OPEN", "报送中", "DUE_PASSED", "已过截止日", "CLOSED", "已关闭"));
        names.put(
                Category.FILER_STATUS, ordered("PENDING", "待报送", "ON_TIME", "按期报送", "LATE", "逾期报送", "MISSING", "未报送"));
        names.put(Category.REPORT_STATUS, ordered("NONE", "未填报", "DRAFT", "草稿", "SUBMITTED", "已提交"));
        names.put(Category.REPORT_SOURCE, ordered("PORTAL", "网上填报", "EXCEL", "Excel 模板上传", "BATCH", "省级批量导入"));
        names.put(
                Category.REPORT_CHECK,
                ordered(
                        Checks.TCE_CONVERSION, "综合能耗折算（GB/T 2589）",
                        Checks.TCE_DECLARED, "申报综合能耗核对",
                        Checks.KEY_UNIT, "重点用能单位认定",
                        Checks.USE_SUM, "分用途能耗合计",
                        Checks.BALANCE, "能源实物平衡",
                        Checks.UNIT_CONSUMPTION, "单位产品能耗计算核对",
                        Checks.QUOTA_GRADE, "单位产品能耗限额等级",
                        Checks.BENCHMARK, "能效标杆/基准水平",
                        Checks.YEAR_ON_YEAR, "同比变化",
                        Checks.TARIFF, "阶梯/惩罚性/差别电价",
                        Checks.EQUIPMENT, "主要用能设备（能效与淘汰目录）",
                        Checks.PUE_GRADE, "数据中心能效等级（GB 40879）",
                        Checks.PUE_TARGET, "新建大型数据中心 PUE 目标",
                        Checks.ENERGY_MANAGER, "能源管理负责人备案",
                        Checks.ENERGY_AUDIT, "能源审计周期",
                        Checks.SAVING_TARGET, "节能目标完成情况"));
        names.put(
                Category.KEY_UNIT_STATUS,
                ordered(
                        KeyUnitStatus.YES.name(), "重点用能单位（年综合能耗一万吨标准煤以上）",
                        KeyUnitStatus.IF_DESIGNATED.name(), "经指定可为重点用能单位（五千至一万吨标准煤）",
                        KeyUnitStatus.NO.name(), "非重点用能单位（五千吨标准煤以下）"));
        Map<String, String> signals = new LinkedHashMap<>();
        for (ScreeningRule rule : RuleSet.defaults().rules()) {
            signals.put(rule.code(), rule.nameZh());
        }
        names.put(Category.SCREENING_SIGNAL, Collections.unmodifiableMap(signals));
        names.put(
                Category.SIGNAL_OUTCOME,
                ordered(
                        SignalOutcome.CASE.name(), "书面监察立案候选",
                        SignalOutcome.FLAG.name(), "提示（计入风险等级）",
                        SignalOutcome.OFF.name(), "不启用"));
        names.put(
                Category.FILING_STATUS,
                ordered(
                        FilingStatus.ON_TIME.name(), "按期报送",
                        FilingStatus.LATE.name(), "逾期报送",
                        FilingStatus.NOT_FILED.name(), "未报送"));
        names.put(
                Category.RISK_CLASS,
                ordered(
                        RiskClass.HIGH.name(),
                        "高风险",
                        RiskClass.MEDIUM.name(),
                        "中风险",
                        RiskClass.LOW.name(),
                        "低风险",
                        // a unit without last year's screening: the draw falls back to the register's key-unit flag
                        "KEY",
                        "重点用能单位（无筛查结果）",
                        "GENERAL",
                        "一般用能单位（无筛查结果）"));
        names.put(
                Category.DESK_DECISION,
                ordered(
                        "CLOSE", "审查无问题，结案",
                        "MORE_DOCUMENTS", "补充材料（再次送达书面监察通知书）",
                        "RECTIFY", "责令限期整改",
                        "ESCALATE", "转现场监察"));
        // the report form's tables (表2, 表2-1): energy types as GB/T 2589 names them in the rules' catalogue
        Map<String, String> energyTypes = new LinkedHashMap<>();
        for (EnergyTypeInfo type : EnergyAccounting.standard().energyTypeCatalogue()) {
            energyTypes.put(type.code(), type.nameZh());
        }
        names.put(Category.ENERGY_TYPE, Collections.unmodifiableMap(energyTypes));
        names.put(
                Category.ENERGY_USE,
                ordered(
                        "PRODUCTION", "生产",
                        "AUXILIARY", "辅助生产",
                        "LIVING", "生活",
                        "LOSS", "损失",
                        "OTHER", "其他"));
        names.put(Category.ELECTRICITY_BASIS, ordered("EQUIVALENT_VALUE", "当量值", "EQUAL_VALUE", "等价值（当年供电标准煤耗）"));
    }

    /**
     * GB/T 4754-2017 sections, divisions and the classes in use, from {@code dictionary/industries-gbt4754-2017.csv}
     * (its source and confidence are in the file). A page names a code by its longest known prefix.
     */
    private static Map<String, String> industries() {
        Map<String, String> industries = new LinkedHashMap<>();
        try (var in = DisplayNames.class.getResourceAsStream("/dictionary/industries-gbt4754-2017.csv")) {
            if (in == null) {
                throw new IllegalStateException("dictionary/industries-gbt4754-2017.csv is missing");
            }
            var reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                int comma = line.indexOf(',');
                String rest = line.substring(comma + 1);
                String name = rest.startsWith("\"")
                        ? rest.substring(1, rest.indexOf('"', 1))
                        : rest.substring(0, rest.indexOf(','));
                industries.put(line.substring(0, comma), name);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(industries);
    }

    private static Map<String, String> auditActions() {
        return ordered(
                "CASE_OPENED", "立案",
                "NAME_FOLLOW_UP_TARGETS", "列入复查对象",
                "TEAM_ASSIGNED", "组成监察组",
                "INSPECTION_NOTICE_SERVED", "送达监察通知书",
                "VISIT_RESCHEDULED", "检查改期",
                "CHECKLIST_ANSWERED", "填写检查表",
                "MANUAL_FINDING_RECORDED", "记录监察发现",
                "MANUAL_FINDING_REMOVED", "删除监察发现",
                "ON_SITE_INSPECTION_COMPLETED", "完成现场监察",
                "STATEMENT_SUBMITTED", "企业陈述",
                "STATEMENT_PERIOD_OVER", "陈述期届满",
                "RECTIFICATION_NOTICE_DRAFTED", "起草整改通知书",
                "RECTIFICATION_NOTICE_APPROVED", "批准整改通知书",
                "RECTIFICATION_NOTICE_RETURNED", "退回整改通知书",
                "RECTIFICATION_NOTICE_SERVED", "送达整改通知书",
                "NOTICE_SERVICE_ESCALATED", "整改通知书送达预警",
                "NOTICE_SERVICE_LATE", "整改通知书逾期送达",
                "EVIDENCE_UPLOADED", "上传证据",
                "RECTIFICATION_ANSWERED", "企业提交整改回复",
                "EXTENSION_REQUESTED", "申请延期",
                "EXTENSION_GRANTED", "同意延期",
                "EXTENSION_REFUSED", "不同意延期",
                "RECTIFICATION_REVIEWED", "整改复查",
                "REINSPECTION_ORDERED", "决定现场复查",
                "CLOSURE_APPROVED", "结案审批",
                "CASE_CLOSED", "结案",
                "REFERRED_FOR_PENALTY", "移送行政处罚",
                "WITHDRAWAL_REQUESTED", "申请撤销立案",
                "WITHDRAWAL_APPROVED", "批准撤销立案",
                "WITHDRAWAL_REFUSED", "不同意撤销立案",
                "CASE_WITHDRAWN", "撤销立案",
                "TASK_CLAIMED", "认领任务",
                "TASK_RELEASED", "释放任务",
                "PENALTY_REFERRED", "移送立案",
                "PENALTY_OPENED", "直接立案",
                "PENALTY_REGISTERED", "立案",
                "PENALTY_NOT_REGISTERED", "不予立案",
                "PENALTY_INVESTIGATED", "调查终结",
                "PENALTY_EVIDENCE_ADDED", "补充证据",
                "PENALTY_REVIEWED", "案件审核",
                "PENALTY_NOTICE_SERVED", "送达行政处罚事先告知书",
                "PENALTY_STATEMENT_SUBMITTED", "当事人陈述申辩",
                "PENALTY_STATEMENT_PERIOD_OVER", "陈述申辩期届满",
                "PENALTY_HEARING_REQUESTED", "申请听证",
                "PENALTY_HEARING_SCHEDULED", "安排听证",
                "PENALTY_HEARING_HELD", "举行听证",
                "PENALTY_DISCUSSED", "集体讨论",
                "PENALTY_DECIDED", "作出行政处罚决定",
                "PENALTY_NO_PENALTY_DECIDED", "不予行政处罚",
                "PENALTY_TRANSFERRED", "案件移送",
                "PENALTY_DECISION_SERVED", "送达行政处罚决定书",
                "PENALTY_DECISION_DUE", "决定期限提醒",
                "PENALTY_DECISION_LATE", "决定逾期",
                "PENALTY_SERVICE_LATE", "送达逾期",
                "PENALTY_PAYMENT_PROVEN", "提交缴款凭证",
                "PENALTY_PAYMENT_CONFIRMED", "确认缴纳罚款",
                "PENALTY_PAYMENT_OVERDUE", "逾期未缴纳罚款",
                "PENALTY_DEMAND_SERVED", "送达催告书",
                "PENALTY_COURT_APPLIED", "申请强制执行",
                "PENALTY_CLOSED", "结案",
                "PENALTY_WITHDRAWN", "撤销立案",
                "PENALTY_DECISION_REVOKED", "处罚决定被撤销",
                "PENALTY_DECISION_AMENDED", "处罚决定被变更",
                "PENALTY_AUTHORITY_SAVED", "设置处罚机关",
                "PUBLICATION_STARTED", "生成公示信息",
                "PUBLICATION_PUBLISHED", "公示",
                "PUBLICATION_NOT_REQUIRED", "不予公示",
                "PUBLICATION_ESCALATED", "公示期限提醒",
                "PUBLICATION_LATE", "逾期公示",
                "PUBLICATION_ENDED", "公示期满",
                "PUBLICATION_CORRECTED", "更正公示信息",
                "PUBLICATION_WITHDRAWN", "撤回公示信息",
                "REPAIR_REQUESTED", "申请信用修复",
                "REPAIR_ACCEPTED", "准予信用修复",
                "REPAIR_REFUSED", "不予信用修复",
                "REPAIR_DECISION_LATE", "信用修复办理逾期",
                "DESK_SIGNALS_CONFIRMED", "确认筛查问题",
                "DESK_SIGNALS_DISMISSED", "筛查问题均不成立",
                "DESK_NOTICE_SERVED", "送达书面监察通知书",
                "DESK_WRITTEN_ANSWER", "企业提交书面说明",
                "DESK_ANSWER_PERIOD_OVER", "书面说明提交期限届满",
                "DESK_REVIEWED", "书面审查",
                "DESK_RECTIFICATION_ORDERED", "书面监察责令限期整改",
                "DESK_ESCALATED", "书面监察转现场监察",
                "ESCALATED_FROM_DESK", "由书面监察转入",
                "DESK_RULES_SET", "设定筛查规则",
                "REPORT_SUBMITTED", "提交能源利用状况报告",
                "REPORT_ROUND_OPENED", "开启报告报送",
                "REPORT_ROUND_CLOSED", "关闭报告报送",
                "REPORT_REOPENED", "允许补报",
                "REPORT_MISSING_LISTED", "列出未报送单位",
                "APPROVAL_CREATED", "新建审批申请",
                "APPROVAL_SAVED", "保存审批申请",
                "APPROVAL_SUBMITTED", "提交审批申请",
                "APPROVAL_RESUBMITTED", "修改后重新提交",
                "APPROVAL_FILE_UPLOADED", "上传申请材料",
                "CITY_REVIEWED", "市级初审",
                "PROVINCE_REVIEWED", "省级审核",
                "HEARING_RECORDED", "记录听证",
                "PUBLICITY_STARTED", "发布公示",
                "PUBLICITY_ENDED", "公示期满",
                "OBJECTION_RECEIVED", "收到公示异议",
                "OBJECTION_VERIFIED", "核实公示异议",
                "OBJECTIONS_RESOLVED", "异议处理结论",
                "APPROVAL_DECIDED", "审批决定",
                "APPROVAL_ISSUED", "出具公告和批复",
                "APPROVAL_REFUSED", "不予通过",
                "MILESTONE_CONFIRMED", "确认后续节点",
                "MILESTONE_OVERDUE", "后续节点逾期，移交节能监察",
                "APPROVAL_COMPLETED", "置换完成",
                "APPROVAL_REVOKED", "暂停或撤销审批结果",
                "LISTING_RENEWED", "白名单复核续期",
                "LISTING_ENDED", "移出白名单",
                "AGENCY_CREATED", "新建监察机构",
                "AGENCY_UPDATED", "修改监察机构",
                "USER_CREATED", "新建用户",
                "USER_UPDATED", "修改用户",
                "CREDENTIAL_ADDED", "登记执法证",
                "CREDENTIAL_UPDATED", "修改执法证",
                "TRAINING_RECORDED", "登记培训记录",
                "CONFLICT_DECLARED", "声明回避",
                "CONFLICT_APPROVED", "同意回避",
                "CONFLICT_REJECTED", "不同意回避",
                "TEMPLATE_DRAFTED", "起草检查表模板版本",
                "TEMPLATE_DRAFT_CHANGED", "修改检查表模板草稿",
                "TEMPLATE_PUBLISHED", "发布检查表模板版本",
                "SAVED_FILTER_CHANGED", "保存查询条件");
    }

    /** The categories of penalty cases and their credit records. */
    private static void penaltyNames(Map<Category, Map<String, String>> names) {
        names.put(
                Category.PENALTY_STATUS,
                ordered(
                        "REFERRED", "待立案审批",
                        "INVESTIGATING", "调查取证中",
                        "UNDER_REVIEW", "案件审核中",
                        "NOTIFIED", "已告知，陈述申辩期",
                        "HEARING", "听证程序中",
                        "DECIDED", "已作出处罚决定",
                        "SERVED", "决定书已送达，履行期",
                        "PAYMENT_OVERDUE", "逾期未履行",
                        "PAID", "已履行，待结案",
                        "CLOSED", "已结案",
                        "NOT_REGISTERED", "不予立案",
                        "NO_PENALTY", "不予行政处罚",
                        "TRANSFERRED", "已移送",
                        "WITHDRAWN", "已撤销立案",
                        "REVOKED", "处罚决定已撤销"));
        names.put(Category.PENALTY_SOURCE, ordered("REFERRAL", "节能监察移送", "MANUAL", "直接立案"));
        names.put(
                Category.PENALTY_OUTCOME,
                ordered(
                        "NOT_REGISTERED", "不予立案",
                        "WITHDRAWN", "撤销立案",
                        "NO_PENALTY", "不予行政处罚",
                        "TRANSFERRED", "移送有关机关",
                        "CLOSED", "执行完毕结案",
                        "REVOKED", "处罚决定被撤销"));
        names.put(
                Category.PENALTY_REVIEW_OUTCOME,
                ordered("PENALTY", "拟予行政处罚", "NO_PENALTY", "不予行政处罚", "TRANSFER", "移送有关机关", "RETURN", "退回补充调查"));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PenaltyKind kind : PenaltyProcedure.standard().kinds()) {
            kinds.put(kind.code(), kind.name());
        }
        names.put(Category.PENALTY_KIND, Collections.unmodifiableMap(kinds));
        names.put(Category.SEVERITY_TIER, ordered("LIGHT", "轻微", "GENERAL", "一般", "SERIOUS", "严重"));
        names.put(
                Category.PARTY_CATEGORY,
                ordered("ORGANISATION", "法人及非法人组织", "SELF_EMPLOYED", "个体工商户", "PERSON", "自然人"));
        names.put(
                Category.ACTING_AS, ordered("OWN", "以本机关名义", "AUTHORISED", "法律法规授权组织", "COMMISSIONED", "受委托（以委托机关名义）"));
        names.put(
                Category.PUBLICATION_STATUS,
                ordered(
                        "PENDING", "待公示",
                        "PUBLISHED", "公示中",
                        "NOT_PUBLISHED", "不予公示（轻微）",
                        "ENDED", "公示期满",
                        "REPAIRED", "已信用修复",
                        "WITHDRAWN", "已撤回"));
        names.put(Category.PUBLICATION_END, ordered("EXPIRED", "公示期满", "REPAIRED", "信用修复", "WITHDRAWN", "决定被撤销"));
        names.put(Category.REPAIR_STATUS, ordered("PENDING", "待审核", "ACCEPTED", "准予修复", "REFUSED", "不予修复"));
        names.put(Category.CREDIT_PUSH, ordered("PUBLISH", "公示", "CORRECT", "更正", "STOP", "停止公示", "WITHDRAW", "撤回"));
        names.put(Category.DECISION_CHANGE, ordered("REVOKED", "撤销", "AMENDED", "变更"));
        names.put(
                Category.SERVICE_METHOD,
                ordered(
                        "DIRECT", "直接送达",
                        "LEFT", "留置送达",
                        "POST", "邮寄送达",
                        "ELECTRONIC", "电子送达",
                        "ENTRUSTED", "委托送达",
                        "PUBLIC_NOTICE", "公告送达"));
        names.put(
                Category.PENALTY_FILE_PURPOSE, ordered("EVIDENCE", "证据", "PAYMENT_PROOF", "缴款凭证", "REPAIR", "信用修复材料"));
    }

    private static void approvals(Map<Category, Map<String, String>> names) {
        names.put(Category.APPROVAL_PROGRAMME, ordered("CAPACITY_REPLACEMENT", "产能置换", "WHITE_LIST", "白名单"));
        names.put(
                Category.APPROVAL_STATUS,
                ordered(
                        "DRAFT", "草稿",
                        "CITY_REVIEW", "市级初审中",
                        "RETURNED", "已退回修改",
                        "PROVINCE_REVIEW", "省级审核中",
                        "HEARING", "待听证",
                        "PUBLICITY", "公示中",
                        "OBJECTIONS", "异议核实中",
                        "DECISION", "待审批决定",
                        "APPROVED", "已批准（后续跟踪）",
                        "COMPLETED", "置换完成",
                        "REFUSED", "不予通过",
                        "WITHDRAWN", "异议成立已撤回",
                        "SUSPENDED", "已暂停",
                        "REVOKED", "已撤销",
                        "DELISTED", "已移出白名单"));
        names.put(
                Category.APPROVAL_STAGE,
                ordered(
                        "CITY_REVIEW", "市级初审",
                        "PROVINCE_REVIEW", "省级审核",
                        "RESUBMISSION", "企业修改后重新提交",
                        "HEARING", "听证",
                        "PUBLICITY", "公示",
                        "OBJECTIONS", "异议核实",
                        "DECISION", "审批决定",
                        "SHUTDOWN", "退出产能关停",
                        "DISMANTLING", "退出设备拆除",
                        "LISTED", "列入白名单（有效期内）",
                        "REASSESSMENT", "年度复核",
                        "REVOCATION", "暂停或撤销"));
        names.put(
                Category.APPROVAL_OUTCOME,
                ordered(
                        "PASS", "通过",
                        "RETURN", "退回修改",
                        "REFUSE", "不予通过",
                        "CONTINUE", "异议不成立，继续审批",
                        "AMEND", "修改后重新公示",
                        "WITHDRAW", "撤回（撤销）",
                        "APPROVE", "批准",
                        "KEEP", "继续列入",
                        "REVOKE", "移出",
                        "SUSPEND", "暂停",
                        "SUBSTANTIATED", "异议成立",
                        "UNFOUNDED", "异议不成立"));
        names.put(
                Category.PRECHECK_DECISION,
                ordered(
                        "PASS", "符合置换要求",
                        "REJECT", "不符合置换要求",
                        "EXEMPT", "无需产能置换",
                        "REVIEW", "需人工研判",
                        "SUSPENDED", "该行业产能置换已暂停",
                        "INCOMPLETE", "待补充信息",
                        "RECOMMENDED", "达到白名单合格线",
                        "NOT_RECOMMENDED", "未达到白名单合格线"));
        names.put(
                Category.PRECHECK_REASON,
                ordered(
                        "RATIO_MET", "置换比例达到要求",
                        "RATIO_BELOW_REQUIRED", "置换比例不足",
                        "INELIGIBLE_EXIT_CAPACITY", "退出产能不得用于置换",
                        "KEY_REGION", "位于大气污染防治重点区域",
                        "OTHER_REGION", "位于非重点区域",
                        "CROSS_PROVINCE_RATIO", "跨省置换比例",
                        "MERGER_RATIO", "兼并重组置换比例",
                        "RESTRICTED_CATEGORY_RATIO", "限制类产能置换比例",
                        "EQUAL_REPLACEMENT", "等量置换",
                        "NORMAL_REPLACEMENT", "按正常比例置换",
                        "CASE_BY_CASE", "一事一议",
                        "REGION_LIST_INCOMPLETE", "地区名单不全，需人工研判",
                        "NOT_EXEMPT_ABOVE_THRESHOLD", "超过豁免规模",
                        "NO_EDITION_LOADED", "该日期无适用的置换办法",
                        "FLAG_NOT_IN_FORCE", "该情形在方案日期不适用",
                        "PROVINCE_MISSED_CAPACITY_TARGET", "未完成产能总量控制目标的省份不得跨省接收",
                        "OUTSIDE_COMPLIANT_INDUSTRIAL_PARK", "长江经济带合规园区外不得新建",
                        "IMPORT_RESTRICTED_PROVINCE", "该省原则上不得跨省转入产能",
                        "REGION_LISTED", "所在地区列入名单",
                        "REPLACEMENT_SUSPENDED", "产能置换暂停",
                        "HEARING_REQUIRED", "跨省置换须听证",
                        "WHOLE_LINE_ONLY", "退出生产线不得拆分转让",
                        "EXEMPT_PHOTOVOLTAIC_ROLLED_GLASS", "光伏压延玻璃无需置换",
                        "EXEMPT_TECHNICAL_UPGRADE_NO_EXPANSION", "不扩能技改无需置换",
                        "EXEMPT_INDUSTRIAL_FLAT_GLASS", "小型工业用平板玻璃无需置换",
                        "INCOMPLETE", "待补充",
                        "WHITE_LIST_EXCLUDED", "单位产品能耗高于基准水平，不得列入",
                        "WHITE_LIST_SCORE_PASSED", "评分达到合格线",
                        "WHITE_LIST_SCORE_BELOW", "评分未达到合格线"));
        names.put(Category.CAPACITY_INDUSTRY, ordered("STEEL", "钢铁", "CEMENT_CLINKER", "水泥熟料", "FLAT_GLASS", "平板玻璃"));
        names.put(
                Category.CAPACITY_FLAG,
                ordered(
                        "MERGER_COMPLETED", "通过实质性兼并重组获得的产能",
                        "SUBSIDISED_EXIT", "已享受退出奖补资金",
                        "COUNTED_AS_DECAPACITY", "已计入去产能任务",
                        "ILLEGAL", "违法违规产能（地条钢等）",
                        "OBSOLETE", "落后产能（已过淘汰期限）",
                        "ZOMBIE_ENTERPRISE", "未完成处置的僵尸企业产能",
                        "FOUNDRY_OR_FERROALLOY", "铸造、铁合金设备",
                        "NOT_ELIGIBLE_EQUIPMENT", "不属于可用于置换的装备",
                        "ALREADY_USED", "已在其他方案中使用",
                        "NOT_ON_PROVINCIAL_LIST", "未列入省级合规生产线清单",
                        "NO_PRODUCTION_LICENCE", "无有效水泥生产许可证",
                        "RESTRICTED_CATEGORY", "限制类生产线",
                        "IDLE_OVER_3_YEARS_FORCE_MAJEURE", "因不可抗力停产超过3年的玻璃生产线",
                        "BELOW_BASELINE_EFFICIENCY", "能效低于基准水平",
                        "LOW_EFFICIENCY_OPERATION", "低效运行",
                        "ELIMINATION_CATEGORY", "淘汰类产能",
                        "NO_DISCHARGE_PERMIT", "未取得排污许可证",
                        "PROVINCE_MISSED_CAPACITY_TARGET", "所在省份未完成产能总量控制目标",
                        "OUTSIDE_COMPLIANT_INDUSTRIAL_PARK", "位于长江经济带合规园区外",
                        "IMPORT_RESTRICTED_PROVINCE", "所在省份原则上不得转入产能"));
        names.put(
                Category.HOLD_KIND,
                ordered(
                        "OPEN_CASE", "节能监察案件未结案",
                        "RECTIFICATION_OVERDUE", "限期整改逾期未完成",
                        "PENALTY_PENDING", "已移送行政处罚，处罚尚未履行"));
        names.put(Category.HOLD_EFFECT, ordered("BLOCK", "暂停办理", "FLAG", "提示审核人员"));
        names.put(Category.OBJECTION_STATUS, ordered("OPEN", "待核实", "UNFOUNDED", "异议不成立", "SUBSTANTIATED", "异议成立"));
        names.put(Category.MILESTONE, ordered("SHUTDOWN", "退出产能关停", "DISMANTLING", "退出设备拆除"));
        names.put(
                Category.WHITE_LIST_CRITERION,
                ordered(
                        "UNIT_CONSUMPTION", "产品单耗",
                        "ENERGY_PRODUCTIVITY", "能源产出率",
                        "CHAIN_POSITION", "产业链定位",
                        "GREEN_LOW_CARBON", "绿色低碳水平"));
        names.put(
                Category.BENCHMARK_LEVEL,
                ordered(
                        "AT_OR_BELOW_BENCHMARK", "达到标杆水平",
                        "BETWEEN", "基准与标杆之间",
                        "ABOVE_BASELINE", "低于基准水平"));
        names.put(
                Category.CHAIN_POSITION,
                ordered("CHAIN_LEADER", "链主企业", "KEY_SUPPORTING", "重点配套企业", "GENERAL", "一般企业"));
        names.put(
                Category.FILE_PURPOSE,
                ordered(
                        "APPLICATION", "申请材料",
                        "SHUTDOWN", "关停证明",
                        "DISMANTLING", "拆除证明",
                        "HEARING", "听证记录",
                        "OBJECTION", "异议附件"));
    }

    private static Map<String, String> ordered(String... codesAndNames) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            map.put(codesAndNames[i], codesAndNames[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
