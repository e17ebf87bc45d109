/**
 * 系统管理: what an agency needs to run without SQL. Agencies as a tree over the GB/T 2260 regions ({@code agencies}),
 * users with their role, agency, region and enterprise binding ({@code users}), inspectors' enforcement certificates
 * (执法证) and training ({@code credentials}), declared conflicts of interest (回避, {@code conflicts}), checklist
 * template versions ({@code templates}) and the operation log for auditors ({@code oplog}).
 *
 * <p>Who administers: a {@code PROVINCE_ADMIN} acts on its own region and everything below it; one whose region is a
 * city or a county is that city's or county's administrator, unless the province turned that off
 * ({@code energyinspect.admin.lower-tier-administrators=false}). A record outside the administrator's region is
 * answered as not found, never as forbidden, like every record out of jurisdiction. Every change is an audit row
 * ({@code audit_log}, entity {@code agency}, {@code user}, {@code credential} …) naming the administrator and the
 * client address.
 */
package cn.energyinspect.app.admin;
