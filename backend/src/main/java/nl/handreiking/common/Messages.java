package nl.handreiking.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The API's texts for people (problem titles, details, reasons) in the caller's language: Dutch, the
 * default, or English, as {@code Accept-Language} asks. The texts live in {@code problems.properties}
 * (Dutch) and {@code problems_en.properties}; {@code {0}}, {@code {1}} … are filled in as they are, so
 * that codes and years are never formatted as numbers. Validation messages follow the same header
 * through Hibernate Validator ({@code ValidationMessages*.properties}, {@code quarkus.locales}).
 */
public final class Messages {

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The same list as {@code quarkus.locales}, so that validation messages and these texts choose alike. */
    private static final List<Locale> SUPPORTED = List.of(
            DUTCH,
            Locale.forLanguageTag("nl-NL"),
            Locale.forLanguageTag("nl-BE"),
            ENGLISH,
            Locale.forLanguageTag("en-US"),
            Locale.forLanguageTag("en-GB"));

    private static final String BUNDLE = "problems";

    private Messages() {}

    /** The text for {@code key} in the current request's language (Dutch outside a request). */
    public static String text(String key, Object... args) {
        return text(current(), key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            pattern = ResourceBundle.getBundle(
                            BUNDLE,
                            DUTCH,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        }
        for (int i = 0; i < args.length; i++) {
            pattern = pattern.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return pattern;
    }

    /** The best of Dutch and English for an {@code Accept-Language} header; Dutch when it names neither or is malformed. */
    public static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        try {
            List<Locale> matches = Locale.filter(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return matches.isEmpty() || !matches.get(0).getLanguage().equals("en") ? DUTCH : ENGLISH;
        } catch (IllegalArgumentException malformed) {
            return DUTCH;
        }
    }

    /** The language of the request being handled, read as Hibernate Validator's locale resolver reads it. */
    public static Locale current() {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return DUTCH;
        }
        try (InstanceHandle<CurrentVertxRequest> request = container.instance(CurrentVertxRequest.class)) {
            RoutingContext ctx = request.isAvailable() ? request.get().getCurrent() : null;
            return ctx == null ? DUTCH : of(ctx.request().getHeader("Accept-Language"));
        }
    }

    /** The value for Content-Language. */
    public static String tag(Locale locale) {
        return locale.getLanguage();
    }
}
