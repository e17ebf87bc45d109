package cn.energyinspect.rules.capacity;

import cn.energyinspect.rules.basis.Basis;
import cn.energyinspect.rules.basis.DataTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules of procedure beside the ratio (procedure.csv): the steel suspension, hearings, whole-line use. */
final class ProcedureRules {
    static final String SUSPENDED = "SUSPENDED";
    static final String HEARING_IF_CROSS_PROVINCE = "HEARING_IF_CROSS_PROVINCE";
    static final String WHOLE_LINE_ONLY = "WHOLE_LINE_ONLY";

    record Rule(Industry industry, String rule, String message, Basis basis) {}

    private final List<Rule> rules;

    private ProcedureRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static ProcedureRules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (DataTable.Row row : DataTable.load(resource).rows()) {
            String rule = row.get("rule");
            if (!List.of(SUSPENDED, HEARING_IF_CROSS_PROVINCE, WHOLE_LINE_ONLY).contains(rule)) {
                throw new IllegalStateException(row.where() + ": unknown rule " + rule);
            }
            rules.add(new Rule(Industry.valueOf(row.get("industry")), rule, row.get("message"), row.basis()));
        }
        return new ProcedureRules(rules);
    }

    /** The row of {@code rule} for {@code industry} in force on {@code date}, or {@code null}. */
    Rule find(Industry industry, String rule, LocalDate date) {
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.industry() == industry && r.rule().equals(rule) && r.basis().inForceOn(date)) {
                return r;
            }
        }
        return null;
    }
}
