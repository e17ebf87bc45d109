package cn.energyinspect.app.campaign.publication;

import java.time.LocalDate;

/** The result of one closed case of a plan whose results are published (enterprise data only, no personal data). */
public record PublicResult(
        String caseNumber,
        String uscc,
        String enterpriseName,
        String regionCode,
        String inspectionType,
        String status,
        String outcome,
        LocalDate closedOn,
        int findings) {}
