package cn.energyinspect.app.evidence;

/** No evidence file under this key; also thrown for a string that cannot be a storage key at all. */
public final class NoSuchEvidenceException extends RuntimeException {
    NoSuchEvidenceException() {
        super("证据文件不存在");
    }
}
