package cn.energyinspect.app.admin.credentials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CredentialMapper {
    /** A stored certificate; {@code regionCode} is its holder's, for jurisdiction. */
    record CredentialRow(
            long id,
            long userId,
            String username,
            String displayName,
            String regionCode,
            Long agencyId,
            String agencyName,
            String certificateNo,
            String issuingAuthority,
            LocalDate validFrom,
            LocalDate validTo,
            String status,
            int version) {}

    List<CredentialRow> ofUser(@Param("userId") long userId);

    Optional<CredentialRow> find(@Param("id") long id);

    /** Whose certificate {@code certificateNo} is, when any. */
    Optional<String> holderOf(@Param("certificateNo") String certificateNo);

    /**
     * Active certificates within {@code prefix} whose last day is on or before {@code until} (from {@code from} on),
     * leaving out those their holder has already renewed (another active one valid longer).
     */
    List<CredentialRow> expiring(
            @Param("prefix") String prefix,
            @Param("from") LocalDate from,
            @Param("until") LocalDate until,
            @Param("agencyId") Long agencyId);

    /** Insert parameter with the generated id written back. */
    final class NewCredential {
        public Long id;
        public final long userId;
        public final String certificateNo;
        public final String issuingAuthority;
        public final LocalDate validFrom;
        public final LocalDate validTo;
        public final String status;
        public final String createdBy;

        public NewCredential(
                long userId,
                String certificateNo,
                String issuingAuthority,
                LocalDate validFrom,
                LocalDate validTo,
                String status,
                String createdBy) {
            this.userId = userId;
            this.certificateNo = certificateNo;
            this.issuingAuthority = issuingAuthority;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.status = status;
            this.createdBy = createdBy;
        }
    }

    void insert(NewCredential credential);

    int update(
            @Param("id") long id,
            @Param("version") int version,
            @Param("issuingAuthority") String issuingAuthority,
            @Param("validFrom") LocalDate validFrom,
            @Param("validTo") LocalDate validTo,
            @Param("status") String status);

    /**
     * Sets the holder's card on {@code app_user} (what documents print) to its active certificate valid on {@code
     * today}, else its latest active one, else none.
     */
    void refreshCard(@Param("userId") long userId, @Param("today") LocalDate today);

    List<TrainingView> trainings(@Param("userId") long userId);

    void insertTraining(
            @Param("userId") long userId,
            @Param("title") String title,
            @Param("provider") String provider,
            @Param("hours") BigDecimal hours,
            @Param("completedOn") LocalDate completedOn,
            @Param("createdBy") String createdBy);
}
