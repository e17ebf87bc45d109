package cn.energyinspect.rules.procedure;

import cn.energyinspect.rules.basis.Basis;

/**
 * An article of the 节约能源法 a finding or a penalty rests on.
 *
 * @param code stable code, e.g. {@code EL16}
 * @param role what the article is to a case
 * @param article e.g. 第十六条
 * @param title what it requires or sanctions, in Chinese
 * @param penaltyCode for an obligation, the penalty article a referral would rest on; {@code null} if none
 * @param authority for a penalty, who imposes it; {@code null} for an obligation
 * @param fineMinYuan lowest fine the article sets, in 元; {@code null} when it sets none
 * @param fineMaxYuan highest fine, in 元; {@code null} when it sets none
 * @param basis the law, edition, clause and source
 */
public record LawArticle(
        String code,
        Role role,
        String article,
        String title,
        String penaltyCode,
        Authority authority,
        Long fineMinYuan,
        Long fineMaxYuan,
        Basis basis) {

    /** What an article is to a case. */
    public enum Role {
        /** What a unit must do; a finding cites it. */
        OBLIGATION,
        /** What a penalty referral rests on. */
        PENALTY
    }

    /** Who imposes a penalty. */
    public enum Authority {
        /** The department managing energy conservation (and its 节能监察机构). */
        AGENCY,
        /** 市场监督管理部门: the agency refers the case to it. */
        MARKET,
        /** The people's government, on the agency's proposal (停业整顿、关闭). */
        GOVERNMENT
    }

    /** {@code 《中华人民共和国节约能源法》第十六条}, as documents print it. */
    public String citation() {
        return "《中华人民共和国节约能源法》" + article;
    }
}
