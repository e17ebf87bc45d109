/**
 * The password policy and its data: the known-breached and demo passwords nobody may set
 * ({@code security/common-passwords.txt}, with its source and licence in its header).
 */
package cn.energyinspect.app.security.password;
