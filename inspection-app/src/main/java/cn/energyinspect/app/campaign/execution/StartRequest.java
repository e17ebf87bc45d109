package cn.energyinspect.app.campaign.execution;

/** @param visitDate the on-site visit date of the cases (ISO date); default the earliest the written notice allows */
public record StartRequest(String visitDate) {}
