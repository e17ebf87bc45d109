package cn.energyinspect.app.inspection;

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
    static final Map<String, String> DEFAULT_KIND_CODES = Map.of(
            "INSPECTION_NOTICE", "通",
            "ON_SITE_RECORD", "记",
            "RECTIFICATION_NOTICE", "改",
            "REVIEW_OPINION", "复");

    public DocumentProperties {
        Map<String, String> codes = new LinkedHashMap<>(DEFAULT_KIND_CODES);
        if (kindCodes != null) {
            codes.putAll(kindCodes);
        }
        kindCodes = Map.copyOf(codes);
    }

    String kindCode(String kind) {
        String code = kindCodes.get(kind);
        if (code == null) {
            throw new IllegalStateException("no 文书代字 configured for document kind " + kind);
        }
        return code;
    }
}
