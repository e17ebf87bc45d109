package cn.energyinspect.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.energyinspect.rules.basis.DataTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every data row's {@code source} names a public source (a standard or law with its edition, a public page, a public
 * repository), never the project's own research notes: the source is shown to enterprises and cited in documents.
 */
class DataSourcesTest {

    @Test
    void no_data_file_cites_internal_notes_as_its_source() throws IOException, URISyntaxException {
        Path root = Path.of(DataSourcesTest.class.getResource("/rules").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        int checked = 0;
        for (Path file : files) {
            DataTable table =
                    DataTable.load("/rules/" + root.relativize(file).toString().replace('\\', '/'));
            if (!table.header().contains("source")) {
                continue;
            }
            for (DataTable.Row row : table.rows()) {
                assertThat(row.get("source"))
                        .as(row.where())
                        .isNotBlank()
                        .doesNotContain(
                                "regulations.md", "programmes.md", "standards-values", "§", "the brief", "code index");
                checked++;
            }
        }

        assertThat(checked).isGreaterThan(3000);
    }
}
