package cn.energyinspect.app.security;

/**
 * What decides, on every request, whether an account may go on working: enabled, the epoch its sessions must carry, a
 * password change forced by an administrator, and whether a second factor is confirmed.
 */
record AccountState(
        long id, boolean enabled, int sessionEpoch, boolean passwordChangeRequired, boolean secondFactorEnabled) {}
