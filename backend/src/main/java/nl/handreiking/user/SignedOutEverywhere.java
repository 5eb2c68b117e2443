package nl.handreiking.user;

import java.util.UUID;

/**
 * An account whose sessions must all end now: it was deactivated or its password reset. Fired within the
 * transaction of that change; the session feature observes it, so that users need not know sessions.
 */
public record SignedOutEverywhere(UUID accountId) {}
