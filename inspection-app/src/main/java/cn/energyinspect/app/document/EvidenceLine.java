package cn.energyinspect.app.document;

/**
 * An evidence item a signed 现场监察笔录 covers, with the SHA-256 it had when the record was signed, so a file shown
 * later can be checked against the record.
 *
 * @param name the file's name as uploaded
 * @param sha256 lower-case hex SHA-256 of its content
 */
public record EvidenceLine(String name, String sha256) {
    public EvidenceLine {
        Check.text(name, "证据名称（name）");
        Check.text(sha256, "SHA-256（sha256）");
    }
}
