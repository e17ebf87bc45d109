/**
 * The security event log (GB/T 22239 安全审计, 网络安全法 第二十一条): who signed in or failed to, waits, tokens,
 * denials and administrator actions, with the client address. Append-only in the database; purged only past the
 * retention and never younger than six months (docs/adr/0005). A table of its own, apart from the case audit, which is
 * kept for good.
 */
package cn.energyinspect.app.security.events;
