package cn.energyinspect.app.admin.agencies;

import cn.energyinspect.app.agency.Agency;
import java.util.List;

/**
 * An agency in the administrators' tree: under the agency of the nearest region above it.
 *
 * @param code the 代字 its numbers print (its own, or the default when it set none)
 * @param ownAbbreviation the 代字 it set itself, {@code null} when it uses the default
 */
public record AgencyNode(
        long id,
        String name,
        String regionCode,
        String regionName,
        Agency.Tier tier,
        String code,
        String ownAbbreviation,
        String address,
        String phone,
        String sealText,
        int version,
        int users,
        List<AgencyNode> children) {}
