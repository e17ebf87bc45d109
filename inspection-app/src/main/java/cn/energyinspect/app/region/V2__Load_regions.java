package cn.energyinspect.app.region;

import cn.energyinspect.rules.region.Region;
import cn.energyinspect.rules.region.Regions;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the GB/T 2260 divisions into {@code region} from the data file shipped in the rules module (its source and
 * edition are in that file's header), so the database and the rules library agree on every code. A later edition of
 * the division list arrives as a new migration. Flyway reads version and description from the class name.
 */
@SuppressWarnings("checkstyle:TypeName")
class V2__Load_regions extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection()
                .prepareStatement("INSERT INTO region (code, name, level, parent_code) VALUES (?, ?, ?, ?)")) {
            int batched = 0;
            for (Region region : Regions.standard().all()) {
                insert.setString(1, region.code());
                insert.setString(2, region.name());
                insert.setString(3, region.level().name());
                insert.setString(4, region.parentCode());
                insert.addBatch();
                if (++batched % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
