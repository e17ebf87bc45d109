package cn.energyinspect.app.evidence;

/**
 * Cleans an uploader's file name into safe metadata. The name never becomes a path (the store is content-addressed),
 * but it is shown back to users and written into documents, so path parts, control characters and the invisible
 * direction marks used to disguise {@code gpj.exe} as {@code exe.jpg} are dropped.
 */
final class FileNames {
    static final int MAX_LENGTH = 200;
    /** An extension this short is kept when a long name is shortened, so {@code …photo.jpg} still reads as a photo. */
    private static final int MAX_KEPT_EXTENSION = 16;

    private FileNames() {}

    static String clean(String original) {
        if (original == null) throw EvidenceRejectedException.nameInvalid();
        String lastSegment = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(lastSegment.length());
        lastSegment.codePoints().filter(FileNames::isVisible).forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) throw EvidenceRejectedException.nameInvalid();
        return shorten(name);
    }

    private static boolean isVisible(int codePoint) {
        return !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT;
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) return name;
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_KEPT_EXTENSION ? name.substring(dot) : "";
        int extensionLength = extension.codePointCount(0, extension.length());
        String base = name.substring(0, name.length() - extension.length());
        return base.substring(0, base.offsetByCodePoints(0, MAX_LENGTH - extensionLength)) + extension;
    }
}
