/**
 * The 双公示 record of a 行政处罚 in the national exchange format (credit-and-documents.md A1.1, A1.3): its fields with
 * their types, lengths and when each is required ({@code credit/penalty-record-fields.csv}), the check a record passes
 * before it is accepted, and the two views of it — the public one (never an identity number) and the exchange one the
 * provincial credit platform receives. Pure Java, no clock: the day of the check is passed in.
 */
package cn.energyinspect.rules.credit;
