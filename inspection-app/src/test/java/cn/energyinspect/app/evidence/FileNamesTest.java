package cn.energyinspect.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            现场照片.jpg                       | 现场照片.jpg
            C:\\Users\\张工\\Desktop\\整改.pdf  | 整改.pdf
            ../../etc/passwd                   | passwd
            '  空格.png  '                     | 空格.png
            """)
    void keeps_only_the_last_path_segment(String original, String cleaned) {
        assertThat(FileNames.clean(original)).isEqualTo(cleaned);
    }

    @Test
    void drops_control_characters() {
        assertThat(FileNames.clean("photo\u0000\r\n\u0007.jpg")).isEqualTo("photo.jpg");
    }

    @Test
    void drops_the_direction_mark_that_disguises_an_executable() {
        // a right-to-left override makes this display as "photoexe.jpg"; without it the real ".exe" shows
        assertThat(FileNames.clean("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
    }

    @Test
    void shortens_a_long_name_to_200_characters_keeping_the_extension() {
        String cleaned = FileNames.clean("检".repeat(300) + ".jpeg");

        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(200);
        assertThat(cleaned).endsWith("检.jpeg");
    }

    @Test
    void a_long_name_without_a_short_extension_is_cut() {
        assertThat(FileNames.clean("a".repeat(250))).isEqualTo("a".repeat(200));
    }
}
