package cn.energyinspect.rules.desk;

import java.util.Arrays;

/**
 * A unit consumption's position among its peers, shown only when the group has at least the province's minimum number
 * of units (MIN_PEERS, desk/parameters.csv) so no single enterprise can be recognised. A pure function.
 */
public final class PeerRanking {
    private PeerRanking() {}

    /**
     * @param value the unit's value
     * @param group every peer's value, the unit's own included
     * @param minimumPeers the least group size to show a position
     */
    public static PeerPosition position(double value, double[] group, int minimumPeers) {
        int n = group.length;
        if (n < minimumPeers || n < 2) {
            return new PeerPosition(n, false, minimumPeers, null, null, null);
        }
        int lower = 0;
        int higher = 0;
        for (double v : group) {
            if (v < value) {
                lower++;
            } else if (v > value) {
                higher++;
            }
        }
        double[] sorted = group.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double better = Math.round(higher * 1000.0 / (n - 1)) / 10.0;
        return new PeerPosition(n, true, minimumPeers, lower + 1, better, median);
    }
}
