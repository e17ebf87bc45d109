package cn.energyinspect.app.approval;

/** The programmes on the approval skeleton. */
public enum Programme {
    CAPACITY_REPLACEMENT("CR"),
    WHITE_LIST("WL");

    private final String numberPrefix;

    Programme(String numberPrefix) {
        this.numberPrefix = numberPrefix;
    }

    /** The prefix of its application numbers, e.g. {@code CR-2026-000001}. */
    public String numberPrefix() {
        return numberPrefix;
    }
}
