package cn.energyinspect.app.inspection;

import java.time.ZoneId;

/** Dates of a case are Chinese dates: instants are read in China time. */
final class Deadlines {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Deadlines() {}
}
