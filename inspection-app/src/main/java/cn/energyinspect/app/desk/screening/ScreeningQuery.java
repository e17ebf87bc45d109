package cn.energyinspect.app.desk.screening;

/** A screening list as the database runs it, always narrowed by the reader's region. */
record ScreeningQuery(
        String scopePrefix,
        String enterpriseUscc,
        Integer year,
        String regionPrefix,
        String riskClass,
        String signal,
        Boolean candidate,
        Boolean hasCase,
        String industry,
        int offset,
        int limit) {}
