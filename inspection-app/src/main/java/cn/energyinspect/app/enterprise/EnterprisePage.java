package cn.energyinspect.app.enterprise;

import java.util.List;

/** One page of a list: its items, the 0-based page number, the page size and the totals. */
public record EnterprisePage(List<EnterpriseView> items, int page, int size, long totalItems, long totalPages) {}
