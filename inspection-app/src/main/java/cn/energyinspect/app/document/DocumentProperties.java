package cn.energyinspect.app.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Document settings under {@code energyinspect.documents}.
 *
 * @param kindCodes the 文书代字 of each document kind, printed after the agency's 代字 in the 文号. The defaults (通 记 改
 *     复) follow the 安监 convention (credit-and-documents.md B3.2) and are UNCONFIRMED: no 节能监察 numbering rule was
 *     found, so a province sets its own.
 */
@ConfigurationProperties("energyinspect.documents")
public record DocumentProperties(Map<String, String> kindCodes) {
    /**
     * Other programmes add their kinds' codes to this map (penalties, approvals). The penalty kinds' (罚案 for the case
     * number, 罚立 罚告 听通 听录 罚 送 信修 不罚 for its documents) are proposals after the 安监 convention, UNCONFIRMED; the
     * approvals' are UNCONFIRMED like the rest (a province sets its own).
     */
    static final Map<String, String> DEFAULT_KIND_CODES = Map.ofEntries(
            Map.entry("INSPECTION_NOTICE", "通"),
            Map.entry("ON_SITE_RECORD", "记"),
            Map.entry("RECTIFICATION_NOTICE", "改"),
            Map.entry("REVIEW_OPINION", "复"),
            Map.entry("PENALTY_CASE", "罚案"),
            Map.entry("PENALTY_REGISTRATION", "罚立"),
            Map.entry("PENALTY_NOTICE", "罚告"),
            Map.entry("HEARING_NOTICE", "听通"),
            Map.entry("HEARING_RECORD", "听录"),
            Map.entry("PENALTY_DECISION", "罚"),
            Map.entry("SERVICE_RECEIPT", "送"),
            Map.entry("CREDIT_REPAIR_NOTICE", "信修"),
            Map.entry("NO_PENALTY_DECISION", "不罚"),
            Map.entry("APPROVAL_ANNOUNCEMENT", "置换公告"),
            Map.entry("APPROVAL_REPLY", "置换批复"),
            Map.entry("WHITE_LIST_NOTICE", "白名单"),
            Map.entry("APPROVAL_REVOCATION", "撤销公告"));

    public DocumentProperties {
        Map<String, String> codes = new LinkedHashMap<>(DEFAULT_KIND_CODES);
        if (kindCodes != null) {
            codes.putAll(kindCodes);
        }
        kindCodes = Map.copyOf(codes);
    }

    /** The 文书代字 of a kind; a kind without one is a configuration error. */
    public String kindCode(String kind) {
        String code = kindCodes.get(kind);
        if (code == null) {
            throw new IllegalStateException("no 文书代字 configured for document kind " + kind);
        }
        return code;
    }
}
