package cn.energyinspect.rules.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A 行政处罚 record in the national 双公示 exchange format, one component per field (the CF_* code in brackets).
 * Amounts are in 万元 as the format carries them (CF_NR_FK: 罚款 2000 元 → 0.2).
 *
 * @param partyName CF_XDR_MC
 * @param partyCategory CF_XDR_LB: one of {@link PartyCategory#value()}
 * @param partyUscc CF_XDR_SHXYM
 * @param registrationNumber CF_XDR_GSZC
 * @param organisationCode CF_XDR_ZZJG
 * @param taxNumber CF_XDR_SWDJ
 * @param legalRepresentative CF_FRDB
 * @param legalRepresentativeIdType CF_FR_ZJLX (never published)
 * @param legalRepresentativeIdNumber CF_FR_ZJHM (never published)
 * @param personIdType CF_XDR_ZJLX, 01–05 (never published)
 * @param personIdNumber CF_XDR_ZJHM (never published)
 * @param decisionNumber CF_WSH
 * @param violationType CF_WFXW
 * @param facts CF_SY
 * @param legalBasis CF_YJ
 * @param kinds CF_CFLB: the names of the kinds of 行政处罚法 Art. 9 (joined with ";" in the exchange)
 * @param content CF_NR
 * @param fineTenThousandYuan CF_NR_FK
 * @param confiscatedTenThousandYuan CF_NR_WFFF
 * @param licence CF_NR_ZKDX
 * @param decidedOn CF_JDRQ
 * @param validUntil CF_YXQ (处罚有效期, not the end of publication)
 * @param publicUntil CF_GSJZQ
 * @param authority CF_CFJG
 * @param authorityUscc CF_CFJGDM
 * @param dataSource CF_SJLY
 * @param dataSourceUscc CF_SJLYDM
 * @param remarks BZ
 */
public record PenaltyRecord(
        String partyName,
        String partyCategory,
        String partyUscc,
        String registrationNumber,
        String organisationCode,
        String taxNumber,
        String legalRepresentative,
        String legalRepresentativeIdType,
        String legalRepresentativeIdNumber,
        String personIdType,
        String personIdNumber,
        String decisionNumber,
        String violationType,
        String facts,
        String legalBasis,
        List<String> kinds,
        String content,
        BigDecimal fineTenThousandYuan,
        BigDecimal confiscatedTenThousandYuan,
        String licence,
        LocalDate decidedOn,
        LocalDate validUntil,
        LocalDate publicUntil,
        String authority,
        String authorityUscc,
        String dataSource,
        String dataSourceUscc,
        String remarks) {

    public PenaltyRecord {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
    }

    /** 万元 from 元, as CF_NR_FK carries it (6 decimals): 2000 → 0.200000. */
    public static BigDecimal tenThousandYuan(Long yuan) {
        return yuan == null ? null : BigDecimal.valueOf(yuan).movePointLeft(4).setScale(6);
    }
}
