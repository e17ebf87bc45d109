package cn.energyinspect.app.region;

import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.rules.basis.RegionCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's region and everything below it as a tree (province → cities → counties), for region pickers. */
@Service
public class RegionTree {
    private final RegionMapper regions;

    RegionTree(RegionMapper regions) {
        this.regions = regions;
    }

    public record Node(String code, String name, String level, List<Node> children) {}

    @Transactional(readOnly = true)
    public List<Node> of(CurrentUser user) {
        String prefix = RegionCodes.prefix(user.regionCode());
        Map<String, Node> byCode = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (String level : List.of("PROVINCE", "CITY", "COUNTY")) {
            for (RegionRow row : regions.findWithin(prefix, level)) {
                Node node = new Node(row.code(), row.name(), row.level(), new ArrayList<>());
                byCode.put(row.code(), node);
                Node parent = row.parentCode() == null ? null : byCode.get(row.parentCode());
                if (parent != null) {
                    parent.children().add(node);
                } else {
                    roots.add(node);
                }
            }
        }
        return roots;
    }
}
