package cn.energyinspect.app.demo;

import cn.energyinspect.app.admin.conflicts.ConflictDecision;
import cn.energyinspect.app.admin.conflicts.ConflictDeclaration;
import cn.energyinspect.app.admin.conflicts.Conflicts;
import cn.energyinspect.app.admin.credentials.CredentialForm;
import cn.energyinspect.app.admin.credentials.Credentials;
import cn.energyinspect.app.agency.Agency;
import cn.energyinspect.app.agency.AgencyMapper;
import cn.energyinspect.app.enterprise.EnterpriseForm;
import cn.energyinspect.app.enterprise.EnterpriseMapper;
import cn.energyinspect.app.region.RegionMapper;
import cn.energyinspect.app.region.RegionRow;
import cn.energyinspect.app.search.SearchOutbox;
import cn.energyinspect.app.security.CurrentUser;
import cn.energyinspect.app.security.Role;
import cn.energyinspect.app.security.UserAccount;
import cn.energyinspect.app.security.UserDirectory;
import cn.energyinspect.app.security.UserMapper;
import cn.energyinspect.app.time.BusinessTime;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo agencies' staff, so every tier can be tried end to end: each agency (province, every city and county) gets
 * a supervisor and three inspectors with a 执法证 (names, numbers, issuing authority, valid from a year ago for three
 * years; the third expires in 20 days, so the expiry list has something), and one inspector per agency has an
 * approved 回避 with an enterprise of the region. The counties a demo plan is split to get enough enterprises for a
 * draw. The named demo users of {@link DemoUsers} sign in with the demo password; the generated staff have an unknown
 * one (an administrator resets it to try them). Certificates and conflicts go through the same services as the
 * pages, as the province administrator and the agencies' supervisors.
 */
@Component
@ConditionalOnProperty(name = "energyinspect.demo-data.enabled", havingValue = "true")
@Order(5)
class DemoStaff implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoStaff.class);
    /** The counties {@link DemoTiers} splits its plans down to: each gets enterprises for a draw. */
    static final List<String> DRAW_COUNTIES = List.of("330106", "330105", "330203", "330212");

    private static final String SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁马方俞任袁柳鲍史唐";
    private static final String GIVEN = "建国伟明丽华志强静怡晓东海燕文博子涵雨欣浩然梓轩思远嘉怡俊杰淑芬国平丽娟";

    private final RegionMapper regions;
    private final AgencyMapper agencies;
    private final UserMapper users;
    private final UserDirectory directory;
    private final EnterpriseMapper enterprises;
    private final SearchOutbox search;
    private final Credentials credentials;
    private final Conflicts conflicts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final BusinessTime time;

    DemoStaff(
            RegionMapper regions,
            AgencyMapper agencies,
            UserMapper users,
            UserDirectory directory,
            EnterpriseMapper enterprises,
            SearchOutbox search,
            Credentials credentials,
            Conflicts conflicts,
            PasswordEncoder encoder,
            TransactionTemplate transaction,
            BusinessTime time) {
        this.regions = regions;
        this.agencies = agencies;
        this.users = users;
        this.directory = directory;
        this.enterprises = enterprises;
        this.search = search;
        this.credentials = credentials;
        this.conflicts = conflicts;
        this.encoder = encoder;
        this.transaction = transaction;
        this.time = time;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByUsername("admin").isEmpty()
                || users.findByUsername("ningbo-supervisor").isPresent()) {
            return;
        }
        try {
            transaction.executeWithoutResult(status -> load());
        } catch (RuntimeException e) {
            log.warn("D-DEMO-STAFF-SKIPPED {}", e.toString());
        }
    }

    private void load() {
        long started = System.nanoTime();
        CurrentUser admin = directory.byUsername("admin").orElseThrow();
        String demoHash = encoder.encode(DemoUsers.PASSWORD);
        String unknownHash = encoder.encode(UUID.randomUUID().toString());
        addDrawEnterprises();
        users.insert(UserAccount.create(
                "ningbo-supervisor", demoHash, "宁波市科长", Role.SUPERVISOR, "330200", agency("330200"), null, null, null));
        LocalDate today = time.today();
        int n = 0;
        int staff = 0;
        for (Agency agency : agencies.findWithin("33")) {
            String region = agency.regionCode();
            String supervisorName = region + "-sup";
            if (!List.of("330100", "330106", "330200").contains(region)) {
                users.insert(UserAccount.create(
                        "demo-" + supervisorName,
                        unknownHash,
                        name(n++) + "（科长）",
                        Role.SUPERVISOR,
                        region,
                        agency.id(),
                        null,
                        null,
                        null));
                staff++;
            }
            for (int i = 1; i <= 3; i++) {
                String username = inspectorName(region, i);
                boolean named = username.equals("inspector-zj") || username.equals("inspector-hz");
                users.insert(UserAccount.create(
                        username,
                        named ? demoHash : unknownHash,
                        name(n++),
                        Role.INSPECTOR,
                        region,
                        agency.id(),
                        null,
                        null,
                        null));
                LocalDate validTo = i == 3 ? today.plusDays(20) : today.plusYears(2);
                credentials.add(
                        username,
                        new CredentialForm(
                                "浙节监" + region + "5" + String.format("%03d", i),
                                "浙江省人民政府",
                                today.minusYears(1),
                                validTo,
                                "ACTIVE",
                                null),
                        admin);
                staff++;
            }
            declareConflict(agency, today);
        }
        log.info("D-DEMO-STAFF staff={} in {} ms", staff, (System.nanoTime() - started) / 1_000_000);
    }

    /** The second inspector of each agency declared a conflict with the first enterprise of its region; approved. */
    private void declareConflict(Agency agency, LocalDate today) {
        String prefix = cn.energyinspect.rules.basis.RegionCodes.prefix(agency.regionCode());
        var enterprise = enterprises
                .list(new cn.energyinspect.app.enterprise.EnterpriseQuery(prefix, null, null, null, null, null, 0, 1))
                .stream()
                .findFirst();
        if (enterprise.isEmpty()) {
            return;
        }
        CurrentUser inspector =
                directory.byUsername(inspectorName(agency.regionCode(), 2)).orElseThrow();
        var declared =
                conflicts.declare(new ConflictDeclaration(enterprise.get().uscc(), "配偶在该企业任职（演示数据）", null), inspector);
        String supervisor = switch (agency.regionCode()) {
            case "330100" -> "city-supervisor";
            case "330106" -> "supervisor";
            case "330200" -> "ningbo-supervisor";
            default -> "demo-" + agency.regionCode() + "-sup";
        };
        directory
                .byUsername(supervisor)
                .ifPresent(s -> conflicts.approve(declared.id(), new ConflictDecision("情况属实，同意回避", null), s));
    }

    /** The province's and Hangzhou's first inspectors are named demo users; the others generated. */
    static String inspectorName(String region, int i) {
        if (i == 1 && region.equals("330000")) {
            return "inspector-zj";
        }
        if (i == 1 && region.equals("330100")) {
            return "inspector-hz";
        }
        return "demo-" + region + "-insp" + i;
    }

    private void addDrawEnterprises() {
        for (String county : DRAW_COUNTIES) {
            RegionRow row = regions.find(county).orElse(null);
            if (row == null) {
                continue;
            }
            for (EnterpriseForm form : DemoEnterprises.generateIn(row, 8)) {
                enterprises.insert(form, Boolean.TRUE.equals(form.keyEnergyUnit()));
                search.enterpriseChanged(form.uscc());
            }
        }
    }

    private Long agency(String region) {
        return agencies.findByRegion(region).map(Agency::id).orElse(null);
    }

    private static String name(int n) {
        char surname = SURNAMES.charAt(n % SURNAMES.length());
        int g = (n * 7) % (GIVEN.length() / 2);
        return surname + GIVEN.substring(g * 2, g * 2 + 2);
    }
}
