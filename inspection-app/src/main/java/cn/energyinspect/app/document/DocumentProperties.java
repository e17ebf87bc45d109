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
    /** Other programmes add their kinds' codes to this map (penalties, approvals). */
    static final Map<String, String> DEFAULT_KIND_CODES = Map.of(
            "INSPECTION_NOTICE", "通",
            "ON_SITE_RECORD", "记",
            "RECTIFICATION_NOTICE", "改",
            "REVIEW_OPINION", "复",
            // project approvals; UNCONFIRMED like the rest (a province sets its own)
            "APPROVAL_ANNOUNCEMENT", "置换公告",
            "APPROVAL_REPLY", "置换批复",
            "WHITE_LIST_NOTICE", "白名单",
            "APPROVAL_REVOCATION", "撤销公告");

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
