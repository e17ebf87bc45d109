package cn.energyinspect.mobile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a signed record may complete the on-site step: every evidence item and signature it names must have reached
 * the server with the hash the device computed, both inspectors of the team must have signed, and the enterprise's
 * representative too unless the record gives the reason for refusing. Anything missing is named by its place in the
 * record ({@code evidence[2].sha256}, {@code signatures[0].sha256}), so the device knows what to send again.
 */
public final class RecordCoverage {
    /** Inspectors who sign a record on site: the team of two (or more) present. */
    public static final int INSPECTOR_SIGNATURES = 2;

    private RecordCoverage() {}

    /** What the server has under one hash. */
    public record Arrived(long evidenceId, String kind, String signerRole, String signer) {}

    /**
     * One refusal: the field of the record and why, in Chinese.
     *
     * @param missing the item has not arrived yet (a 409: send it, then the record again); otherwise the record
     *     itself is wrong (a 422)
     */
    public record Gap(String field, String message, boolean missing) {}

    /**
     * @param record the record as signed
     * @param arrived what the server has of this case's round, by SHA-256 (lower case)
     * @param team usernames of the case's team
     */
    public static List<Gap> gaps(MobileModels.SignedRecord record, Map<String, Arrived> arrived, Set<String> team) {
        List<Gap> gaps = new ArrayList<>();
        List<MobileModels.CoveredEvidence> evidence = record.evidence() == null ? List.of() : record.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            MobileModels.CoveredEvidence item = evidence.get(i);
            if (!arrived.containsKey(item.sha256().toLowerCase(java.util.Locale.ROOT))) {
                gaps.add(new Gap(
                        "evidence[" + i + "].sha256",
                        "服务器尚未收到该证据" + (item.caption() == null ? "" : "（" + item.caption() + "）"),
                        true));
            }
        }
        List<MobileModels.Signature> signatures = record.signatures() == null ? List.of() : record.signatures();
        Set<String> inspectors = new HashSet<>();
        boolean representative = false;
        for (int i = 0; i < signatures.size(); i++) {
            MobileModels.Signature signature = signatures.get(i);
            String field = "signatures[" + i + "]";
            boolean inspector = "INSPECTOR".equals(signature.role());
            if (inspector && !team.contains(signature.signer())) {
                gaps.add(new Gap(field + ".signer", "不是本案监察组成员", false));
                continue;
            }
            if (inspector) {
                inspectors.add(signature.signer());
            } else {
                representative = true;
            }
            Arrived stored = arrived.get(signature.sha256().toLowerCase(java.util.Locale.ROOT));
            if (stored == null) {
                gaps.add(new Gap(field + ".sha256", "服务器尚未收到该签名（" + signature.signer() + "）", true));
            } else if (!"SIGNATURE".equals(stored.kind())
                    || !signature.role().equals(stored.signerRole())
                    || !signature.signer().equals(stored.signer())) {
                gaps.add(new Gap(field + ".sha256", "该文件不是 " + signature.signer() + " 的签名", false));
            }
        }
        if (inspectors.size() < INSPECTOR_SIGNATURES) {
            gaps.add(new Gap(
                    "signatures", "须有 " + INSPECTOR_SIGNATURES + " 名监察人员的签名，现有 " + inspectors.size() + " 名", false));
        }
        if (Boolean.TRUE.equals(record.representativeSigned()) && !representative) {
            gaps.add(new Gap("signatures", "被监察单位代表已签字，但笔录未附其签名", false));
        }
        return gaps;
    }
}
