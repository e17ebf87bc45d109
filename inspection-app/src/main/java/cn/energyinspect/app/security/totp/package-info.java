/** RFC 6238 time-based one-time passwords and RFC 4648 base32, as authenticator apps use them: pure functions. */
package cn.energyinspect.app.security.totp;
