package cn.energyinspect.app.security.events;

/** What happened, as written to {@code security_event.kind}. */
public enum SecurityEventKind {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    /** A login refused unchecked because its account, its address or the pair is waiting out failures. */
    LOGIN_THROTTLED,
    /** The password was right, the second factor wrong or replayed. */
    SECOND_FACTOR_FAILED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    LOGOUT,
    /** A browser session refused for being idle too long or older than the account's last revocation. */
    SESSION_ENDED,
    /** A 403 answered to a request. */
    ACCESS_DENIED,
    PASSWORD_CHANGED,
    SECOND_FACTOR_ENROLLED,
    // administrator actions
    TOKENS_REVOKED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    SECOND_FACTOR_RESET,
    /** Any other state-changing administrator request ({@code /api/v1/admin/**}). */
    ADMIN_REQUEST,
    /** The purge job removed rows past the retention. */
    SECURITY_EVENTS_PURGED
}
