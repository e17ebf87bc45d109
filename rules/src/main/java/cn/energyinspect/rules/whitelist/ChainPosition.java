package cn.energyinspect.rules.whitelist;

/** The applicant's place in its industrial chain (产业链定位), as assessed by the provincial department. */
public enum ChainPosition {
    /** 链主企业: leads the chain. */
    CHAIN_LEADER,
    /** 关键配套: key supplier. */
    KEY_SUPPORTING,
    /** Neither. */
    GENERAL
}
