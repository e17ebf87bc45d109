package cn.energyinspect.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The classes consumers load must not need the Elasticsearch server jars, which they do not get. */
class ParentClassPathTest {

    @Test
    void main_classes_reference_no_elasticsearch_or_lucene_class() throws Exception {
        Path classes = Path.of(EmbeddedElasticsearch.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(classes)) {
            classFiles =
                    files.filter(file -> file.toString().endsWith(".class")).toList();
        }

        assertThat(classFiles)
                .isNotEmpty()
                .allSatisfy(file ->
                        assertThat(constantPool(file)).doesNotContain("org/elasticsearch", "org/apache/lucene"));
    }

    @Test
    void the_launcher_is_packed_for_the_child_jvm_only() {
        ClassLoader loader = getClass().getClassLoader();

        assertThat(loader.getResource("es-dist/index.txt")).isNotNull();
        assertThat(loader.getResource("es-dist/" + EsDistribution.LAUNCHER_JAR)).isNotNull();
        assertThat(loader.getResource("cn/energyinspect/devservices/eslauncher/EsServerMain.class"))
                .isNull();
    }

    private static String constantPool(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
