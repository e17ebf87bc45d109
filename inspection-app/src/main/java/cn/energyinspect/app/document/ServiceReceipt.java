package cn.energyinspect.app.document;

import java.time.LocalDate;
import java.util.List;

/**
 * 送达回证 (after the 安监 文书送达回执): the documents served (name and 文号), to whom, where, when, how and by whom,
 * with the recipient's signature line. The 行政处罚决定书 and the 信用修复告知书 are served on the same receipt (两书同达).
 *
 * @param caseName 案件名称
 * @param recipient 受送达人
 * @param documents the documents served, at least one
 * @param servedOn 送达日期, not after {@code issuedOn}
 * @param method 送达方式 (直接送达, 留置送达, 邮寄送达, 电子送达 with the party's 确认书, 公告送达)
 * @param place 送达地点
 * @param servers 送达人, at least one
 */
public record ServiceReceipt(
        DocumentHeader header,
        String caseName,
        String recipient,
        List<Served> documents,
        LocalDate servedOn,
        String method,
        String place,
        List<String> servers)
        implements OfficialDocument {

    /** One document served. */
    public record Served(String title, String documentNumber) {
        public Served {
            Check.text(title, "送达文书名称（title）");
            Check.text(documentNumber, "送达文书文号（documentNumber）");
        }
    }

    public ServiceReceipt {
        Check.present(header, "文书抬头（header）");
        Check.text(caseName, "案件名称（caseName）");
        Check.text(recipient, "受送达人（recipient）");
        documents = Check.nonEmpty(documents, "送达文书（documents）");
        Check.present(servedOn, "送达日期（servedOn）");
        if (servedOn.isAfter(header.issuedOn())) {
            throw new IllegalArgumentException("送达日期（servedOn）晚于回证成文日期");
        }
        Check.text(method, "送达方式（method）");
        Check.text(place, "送达地点（place）");
        servers = Check.texts(Check.nonEmpty(servers, "送达人（servers）"), "送达人（servers）");
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SERVICE_RECEIPT;
    }
}
