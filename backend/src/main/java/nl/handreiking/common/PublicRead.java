package nl.handreiking.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read whose answer is the same for every anonymous caller, so that browsers and shared caches (a CDN,
 * the nginx in front) may keep it for as long as its {@link Freshness} says; {@link HttpCaching} applies it.
 * Every other answer is {@code private, no-store}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PublicRead {

    Freshness value();

    /** How often the data behind a read changes; the durations are in {@link HandreikingConfig.Caching}. */
    enum Freshness {
        /** Tasks, measures, funding, the agenda and provincial plans, which editors change any day. */
        CATALOGUE,
        /** Housing quota figures and signal statistics. */
        FIGURES,
        /** Regions, organisations, domains, documents and signal themes. */
        REFERENCE,
        /** Files shipped inside the application. */
        FIXED
    }

    /**
     * A view that also shows what its version does not count (today's application window, signals forwarded to
     * it): its ETag still guards changes (If-Match), but a cached copy cannot be confirmed by it, so a request
     * with If-None-Match always gets the whole answer.
     */
    interface ShowsMoreThanItsVersion {}
}
