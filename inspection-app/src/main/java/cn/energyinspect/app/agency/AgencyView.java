package cn.energyinspect.app.agency;

/** An agency as the pages list it (e.g. the agencies one tier down that a plan is split to), with its region's name. */
public record AgencyView(long id, String name, String regionCode, String regionName, Agency.Tier tier) {}
