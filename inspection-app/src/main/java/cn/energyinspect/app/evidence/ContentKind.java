package cn.energyinspect.app.evidence;

/** What an upload's first bytes say it is; the description completes "内容是…" in a refusal. */
enum ContentKind {
    JPEG("image/jpeg", "JPEG 图片"),
    PNG("image/png", "PNG 图片"),
    PDF("application/pdf", "PDF 文档"),
    HEIC("image/heic", "HEIC 图片"),
    GIF("image/gif", "GIF 图片"),
    WEBP("image/webp", "WebP 图片"),
    AVIF("image/avif", "AVIF 图片"),
    MP4("video/mp4", "MP4/MOV 视频"),
    ZIP("application/zip", "ZIP 压缩包（或 Office 文档）"),
    ELF("application/x-executable", "可执行程序（Linux ELF）"),
    WINDOWS_EXECUTABLE("application/vnd.microsoft.portable-executable", "可执行程序（Windows EXE/DLL）"),
    MACH_O("application/x-mach-binary", "可执行程序（macOS）"),
    SCRIPT("text/x-shellscript", "脚本（#!）"),
    UNKNOWN("application/octet-stream", "无法识别的格式");

    private final String mediaType;
    private final String description;

    ContentKind(String mediaType, String description) {
        this.mediaType = mediaType;
        this.description = description;
    }

    String mediaType() {
        return mediaType;
    }

    String description() {
        return description;
    }
}
