package cn.energyinspect.app.evidence;

import static cn.energyinspect.app.evidence.Samples.streamOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.energyinspect.app.evidence.EvidenceRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;

class EvidenceStoreTest {
    @TempDir
    Path storeDir;

    EvidenceStore store;

    @BeforeEach
    void openStore() {
        store = new EvidenceStore(new EvidenceProperties(storeDir, null, null));
    }

    @Test
    void a_png_is_stored_under_its_sha256() {
        byte[] png = Samples.png();

        StoredEvidence stored = store.store(streamOf(png), "现场照片.png");

        String sha256 = Samples.sha256(png);
        assertThat(stored).isEqualTo(new StoredEvidence(sha256, sha256, png.length, "image/png", "现场照片.png"));
        assertThat(storeDir.resolve(sha256.substring(0, 2))
                        .resolve(sha256.substring(2, 4))
                        .resolve(sha256))
                .hasBinaryContent(png);
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void a_pdf_is_stored() {
        byte[] pdf = Samples.pdf();

        StoredEvidence stored = store.store(streamOf(pdf), "整改报告.pdf");

        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(pdf.length);
        assertThat(store.exists(stored.storageKey())).isTrue();
    }

    @Test
    void a_heic_photo_from_a_phone_is_stored() {
        assertThat(store.store(streamOf(Samples.heic()), "IMG_0001.HEIC").mediaType())
                .isEqualTo("image/heic");
    }

    @Test
    void the_content_decides_the_type_not_the_name() {
        StoredEvidence stored = store.store(streamOf(Samples.jpeg()), "scan.pdf");

        assertThat(stored.mediaType()).isEqualTo("image/jpeg");
        assertThat(stored.originalFileName()).isEqualTo("scan.pdf");
    }

    @Test
    void a_linux_executable_named_photo_jpg_is_refused() {
        assertThatThrownBy(() -> store.store(streamOf(Samples.elf()), "photo.jpg"))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED))
                .hasMessageStartingWith("文件类型不允许：内容是可执行程序")
                .hasMessageContaining("ELF")
                .hasMessageEndingWith("只接受 JPEG 图片、PNG 图片、PDF 文档、HEIC 图片");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void a_windows_executable_named_jpg_is_refused() {
        assertThatThrownBy(() -> store.store(streamOf(Samples.windowsExecutable()), "现场.jpg"))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED))
                .hasMessageContaining("可执行程序（Windows");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void a_refusal_says_what_the_content_looks_like() {
        assertThatThrownBy(() -> store.store(streamOf(Samples.script()), "a.png"))
                .hasMessageContaining("内容是脚本");
        assertThatThrownBy(() -> store.store(streamOf(Samples.zip()), "a.pdf")).hasMessageContaining("内容是 ZIP 压缩包");
        assertThatThrownBy(() -> store.store(streamOf(Samples.avif()), "a.heic"))
                .hasMessageContaining("内容是 AVIF 图片");
        assertThatThrownBy(() -> store.store(streamOf(Samples.text()), "a.pdf")).hasMessageContaining("内容是无法识别的格式");
    }

    @Test
    void only_the_configured_types_are_accepted() {
        var pdfOnly = new EvidenceStore(new EvidenceProperties(storeDir, null, Set.of("application/pdf")));

        assertThatThrownBy(() -> pdfOnly.store(streamOf(Samples.png()), "a.png"))
                .hasMessage("文件类型不允许：内容是 PNG 图片，只接受 PDF 文档");
        assertThat(pdfOnly.store(streamOf(Samples.pdf()), "a.pdf").mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void a_25_mb_upload_is_refused_at_the_20_mb_limit_without_reading_it_to_the_end() {
        long limit = DataSize.ofMegabytes(20).toBytes();
        var upload = Samples.jpegOfSize(DataSize.ofMegabytes(25).toBytes());

        assertThatThrownBy(() -> store.store(upload, "big.jpg"))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessage("文件超过 20 MB 上限");
        assertThat(upload.bytesRead()).isLessThanOrEqualTo(limit + 1);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void an_upload_of_exactly_the_limit_is_accepted() {
        var small = new EvidenceStore(new EvidenceProperties(storeDir, DataSize.ofKilobytes(100), null));

        assertThat(small.store(Samples.jpegOfSize(100 * 1024), "a.jpg").sizeBytes())
                .isEqualTo(100 * 1024);
        assertThatThrownBy(() -> small.store(Samples.jpegOfSize(100 * 1024 + 1), "b.jpg"))
                .hasMessage("文件超过 100 KB 上限");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> store.store(InputStream.nullInputStream(), "空.jpg"))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "uploads/", "C:\\photos\\", "..", "\u0000\u0007"})
    void a_name_with_nothing_left_after_cleaning_is_refused(String name) {
        var upload = new Samples.CountingInputStream(streamOf(Samples.png()));

        assertThatThrownBy(() -> store.store(upload, name))
                .isInstanceOfSatisfying(
                        EvidenceRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NAME_INVALID));
        assertThat(upload.bytesRead()).isZero();
    }

    @Test
    void the_same_content_twice_is_stored_once_under_the_same_key() {
        byte[] png = Samples.png();

        StoredEvidence first = store.store(streamOf(png), "企业上传.png");
        StoredEvidence second = store.store(streamOf(png), "检查员上传.png");

        assertThat(second.storageKey()).isEqualTo(first.storageKey());
        assertThat(second.originalFileName()).isEqualTo("检查员上传.png");
        assertThat(storedFiles()).hasSize(1);
    }

    @Test
    void open_returns_the_stored_bytes() throws IOException {
        byte[] pdf = Samples.pdf();
        String key = store.store(streamOf(pdf), "报告.pdf").storageKey();

        try (InputStream in = store.open(key)) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
    }

    @Test
    void an_unknown_key_does_not_exist() {
        String unknown = Samples.sha256(new byte[] {42});

        assertThat(store.exists(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown)).isInstanceOf(NoSuchEvidenceException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..",
                "",
                "tmp",
                "ab/cd/0000000000000000000000000000000000000000000000000000000000000000",
                "0000000000000000000000000000000000000000000000000000000000000000/../../x",
                "ABCDEF0000000000000000000000000000000000000000000000000000000000",
                "/etc/passwd"
            })
    void a_key_that_is_not_a_sha256_is_refused(String key) throws IOException {
        Files.writeString(storeDir.resolve("tmp").resolve("secret"), "not evidence");

        assertThat(store.exists(key)).isFalse();
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(NoSuchEvidenceException.class);
    }

    @Test
    void a_null_key_is_refused() {
        assertThat(store.exists(null)).isFalse();
        assertThatThrownBy(() -> store.open(null)).isInstanceOf(NoSuchEvidenceException.class);
    }

    @Test
    void a_stored_upload_leaves_no_temporary_file() throws IOException {
        store.store(streamOf(Samples.png()), "a.png");
        store.store(streamOf(Samples.png()), "a.png");

        try (Stream<Path> temps = Files.list(storeDir.resolve("tmp"))) {
            assertThat(temps).isEmpty();
        }
    }

    @Test
    void uploads_abandoned_by_a_crash_are_removed_at_start_up() throws IOException {
        Path tempDir = storeDir.resolve("tmp");
        Path abandoned = Files.writeString(tempDir.resolve("upload-1.part"), "half an upload");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path inProgress = Files.writeString(tempDir.resolve("upload-2.part"), "still arriving");

        new EvidenceStore(new EvidenceProperties(storeDir, null, null));

        assertThat(abandoned).doesNotExist();
        assertThat(inProgress).exists();
    }

    private List<Path> storedFiles() {
        try (Stream<Path> files = Files.walk(storeDir)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
