package cn.energyinspect.app.document;

import cn.energyinspect.rules.identifier.UnifiedSocialCreditCode;
import cn.energyinspect.rules.identifier.UsccCheck;
import java.time.LocalDate;

/**
 * What every document carries at its head.
 *
 * @param issuingAgency the issuing body as printed in red at the top and above the seal, e.g. 浙江省节能监察中心
 * @param documentNumber the 文号, printed under the agency name, e.g. 浙节监改〔2026〕5号 (GB/T 9704 writes the year in
 *     〔〕, no 第 and no leading zeros; printed exactly as given)
 * @param issuedOn the 成文日期; also the PDF creation date, so the output does not depend on the clock
 * @param enterpriseName the inspected unit (被监察单位) as registered
 * @param enterpriseUscc its 统一社会信用代码 (GB 32100-2015, checked)
 * @param enterpriseAddress its registered or operating address
 */
public record DocumentHeader(
        String issuingAgency,
        String documentNumber,
        LocalDate issuedOn,
        String enterpriseName,
        String enterpriseUscc,
        String enterpriseAddress) {

    public DocumentHeader {
        Check.text(issuingAgency, "发文机关（issuingAgency）");
        Check.text(documentNumber, "文号（documentNumber）");
        Check.present(issuedOn, "成文日期（issuedOn）");
        Check.text(enterpriseName, "被监察单位名称（enterpriseName）");
        Check.text(enterpriseUscc, "统一社会信用代码（enterpriseUscc）");
        Check.text(enterpriseAddress, "被监察单位地址（enterpriseAddress）");
        UsccCheck uscc = UnifiedSocialCreditCode.check(enterpriseUscc);
        if (!uscc.valid()) {
            throw new IllegalArgumentException("统一社会信用代码（enterpriseUscc）无效：" + String.join("；", uscc.errors()));
        }
    }
}
