package cn.energyinspect.app.campaign.plan;

import java.time.Instant;

/** When a plan was made public ({@code campaign_publication}) and when its results were; a plan never published has none. */
record PlanPublication(Long planId, Instant publishedAt, Instant resultsPublishedAt) {}
