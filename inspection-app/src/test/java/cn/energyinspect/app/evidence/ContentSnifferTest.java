package cn.energyinspect.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContentSnifferTest {
    static Stream<Arguments> samples() {
        return Stream.of(
                sample("png", Samples::png, ContentKind.PNG),
                sample("jpeg", Samples::jpeg, ContentKind.JPEG),
                sample("pdf", Samples::pdf, ContentKind.PDF),
                sample("heic", Samples::heic, ContentKind.HEIC),
                sample("avif", Samples::avif, ContentKind.AVIF),
                sample(
                        "mp4",
                        () -> Samples.bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'),
                        ContentKind.MP4),
                sample("gif", () -> Samples.bytes('G', 'I', 'F', '8', '9', 'a'), ContentKind.GIF),
                sample("zip", Samples::zip, ContentKind.ZIP),
                sample("elf", Samples::elf, ContentKind.ELF),
                sample("exe", Samples::windowsExecutable, ContentKind.WINDOWS_EXECUTABLE),
                sample("mach-o", () -> Samples.bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1), ContentKind.MACH_O),
                sample("script", Samples::script, ContentKind.SCRIPT),
                sample("text", Samples::text, ContentKind.UNKNOWN),
                sample("one byte", () -> Samples.bytes(0xFF), ContentKind.UNKNOWN),
                sample("truncated ftyp", () -> Samples.bytes(0, 0, 0, 0, 'f', 't', 'y', 'p'), ContentKind.MP4));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void tells_the_kind_from_the_first_bytes(String name, Supplier<byte[]> content, ContentKind expected) {
        byte[] bytes = content.get();
        byte[] header = Arrays.copyOf(bytes, Math.min(bytes.length, ContentSniffer.HEADER_LENGTH));

        assertThat(ContentSniffer.sniff(header)).isEqualTo(expected);
    }

    private static Arguments sample(String name, Supplier<byte[]> content, ContentKind expected) {
        return Arguments.of(name, content, expected);
    }
}
