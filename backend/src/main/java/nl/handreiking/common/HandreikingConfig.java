package nl.handreiking.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All settings of the application itself; the README lists each with its default. */
@ConfigMapping(prefix = "handreiking")
public interface HandreikingConfig {

    /** The full API version, sent as the API-Version header and used as info.version of the OpenAPI document. */
    @WithDefault("1.0.0")
    String apiVersion();

    /** Cross-origin access to the API. */
    Cors cors();

    /** The database the application runs on. */
    Database database();

    /** Sign-in, tokens and the identity provider. */
    Auth auth();

    /** Origins allowed to call the API from a browser. */
    interface Cors {

        @WithDefault("http://localhost:5173")
        List<String> origins();
    }

    /** Tokens, sessions, sign-in throttling and the first administrator. */
    interface Auth {

        /** Issuer of the tokens this application signs (checked as {@code iss}). */
        @WithDefault("https://handreiking.example.nl")
        String issuer();

        /** Audience of the tokens (checked as {@code aud}). */
        @WithDefault("handreiking-api")
        String audience();

        @WithDefault("PT15M")
        Duration accessTokenLifespan();

        /**
         * The secret that seals the private signing keys in the database (AES-256-GCM), the same for every
         * instance: from a mounted secret or the environment, never from the database itself. Required with an
         * external database; with the embedded one a development secret stands in.
         */
        Optional<String> signingKeySecret();

        /** How long one signing key signs before the next one takes over; it verifies one token lifespan longer. */
        @WithDefault("P7D")
        Duration signingKeyRotation();

        /** How long a session lasts without signing in again, however often it is refreshed. */
        @WithDefault("PT12H")
        Duration sessionLifespan();

        /** Failed sign-ins per account (or API client) before each further attempt is slowed down. */
        @WithDefault("5")
        int freeFailuresPerAccount();

        /** Failed sign-ins per client address (often a shared office network) before attempts are slowed down. */
        @WithDefault("25")
        int freeFailuresPerAddress();

        /** The longest wait imposed after repeated failures. */
        @WithDefault("PT15M")
        Duration maxBlock();

        /** With an external identity provider its tokens replace ours; see the README. */
        External external();

        /** The first administrator, created at start when no administrator exists (for an external database). */
        Optional<String> bootstrapAdminEmail();

        Optional<String> bootstrapAdminPassword();

        /** The organisation the first administrator belongs to. */
        @WithDefault("BZK")
        String bootstrapAdminOrganisation();

        /** Claims of an external identity provider's tokens. */
        interface External {

            @WithDefault("false")
            boolean enabled();

            /** Claim with the organisation code (JENV, BZK, ...) of the person. */
            @WithDefault("organisation")
            String organisationClaim();

            /** Claim with the region code (GM0344, PV25) of a municipal or provincial official. */
            @WithDefault("region")
            String regionClaim();
        }
    }

    /** Where people reach this application; every absolute link (Location, e-mails, calendars) starts with it, never with a request's Host. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** {@link #publicUrl()} without a trailing slash, ready to put a path after. */
    default String publicUrlBase() {
        return publicUrl().replaceAll("/+$", "");
    }

    /** Signals and questions to the support team. */
    Signals signals();

    /** Outgoing e-mail. */
    Mail mail();

    /** Answer terms and the reopening period of signals. */
    interface Signals {

        /** Working days the support team has to answer, per theme code; themes not listed get {@link #defaultAnswerDays()}. */
        Map<String, Integer> answerDays();

        @WithDefault("10")
        int defaultAnswerDays();

        /** How long after an answer the submitting organisation can reopen its signal. */
        @WithDefault("P14D")
        Duration reopenPeriod();
    }

    /** How e-mail leaves: by SMTP (quarkus.mailer.*) or, with the embedded database, into a folder of .eml files. */
    interface Mail {

        /** smtp, or folder (set by the launcher with the embedded database). */
        @WithDefault("smtp")
        String delivery();

        /** The folder that receives the messages when delivery is folder. */
        @WithDefault(".data/mail")
        String folder();

        @WithDefault("Handreiking <noreply@handreiking.example.nl>")
        String from();

        /** How often the outbox is read (a duration as the scheduler writes it: 5s, 1m). */
        @WithDefault("5s")
        String interval();

        /** Attempts per message before it is given up (each failure waits longer). */
        @WithDefault("8")
        int maxAttempts();
    }

    /** Webhooks to other systems: where they may go and how their deliveries are retried (decision 0018). */
    Webhooks webhooks();

    /** Delivery of webhooks. */
    interface Webhooks {

        /** Development only: targets on this machine (localhost, 127.0.0.1, ::1), by http as well. Off in production. */
        @WithDefault("false")
        boolean allowLocalhost();

        /** How often due deliveries and new catalogue changes are looked for (a duration as the scheduler writes it). */
        @WithDefault("5s")
        String interval();

        /** The wait after the first failed attempt; each further failure waits twice as long. */
        @WithDefault("PT1M")
        Duration firstRetry();

        /** How long a delivery is retried after its first attempt; then it fails and the subscription is paused. */
        @WithDefault("P1D")
        Duration retryFor();

        /** How long a receiver gets to connect and to answer. */
        @WithDefault("PT10S")
        Duration timeout();
    }

    /** Saved searches and their digests. */
    SavedSearches savedSearches();

    /** When digests of saved searches come. */
    interface SavedSearches {

        /** When the first digest of a new search is due; unset: one period (a day or a week) after saving. */
        Optional<Duration> firstDigestAfter();
    }

    /** How long browsers and shared caches (a CDN, the nginx in front) may keep public reads. */
    Caching caching();

    /**
     * Freshness of public reads per kind of data: {@code max-age} is how long a copy is served without asking,
     * {@code stale-while-revalidate} how long after that a cache may still serve it while it asks again.
     */
    interface Caching {

        /** Tasks, measures, funding, the agenda and provincial plans: an editor's change shows within a minute. */
        @WithDefault("PT1M")
        Duration catalogueMaxAge();

        @WithDefault("PT5M")
        Duration catalogueStaleWhileRevalidate();

        /** Housing quota figures and signal statistics: they change with an import or a day's signals. */
        @WithDefault("PT5M")
        Duration figuresMaxAge();

        @WithDefault("PT1H")
        Duration figuresStaleWhileRevalidate();

        /** Regions, organisations, domains, documents and signal themes: reference data that changes with a release. */
        @WithDefault("PT1H")
        Duration referenceMaxAge();

        @WithDefault("PT24H")
        Duration referenceStaleWhileRevalidate();

        /** Files shipped inside the application (the 2021 boundaries): they change only with a new version. */
        @WithDefault("PT24H")
        Duration fixedMaxAge();

        @WithDefault("P7D")
        Duration fixedStaleWhileRevalidate();
    }

    /** Set by the launcher: true when the embedded PostgreSQL is in use (demo content is only loaded then). */
    interface Database {

        @WithDefault("false")
        boolean embedded();
    }
}
