package cn.energyinspect.app.campaign.plan;

/** {@code POST /{id}/return}: why the lower agency sends the plan back. */
public record ReturnRequest(String reason) {}
