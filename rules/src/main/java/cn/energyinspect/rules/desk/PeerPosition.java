package cn.energyinspect.rules.desk;

/**
 * Where one unit consumption lies among its peers (the same product and indicator in the province and year); lower is
 * better.
 *
 * @param peers how many units are in the group, the unit itself included
 * @param shown whether the group is large enough to show (at least the province's minimum)
 * @param minimumPeers that minimum
 * @param rank 1 = the lowest (best) value; ties share the better rank; {@code null} when not shown
 * @param betterThanPercent the share of the other peers with a higher (worse) value, 0–100; {@code null} when not shown
 * @param median the group's median, {@code null} when not shown
 */
public record PeerPosition(
        int peers, boolean shown, int minimumPeers, Integer rank, Double betterThanPercent, Double median) {}
