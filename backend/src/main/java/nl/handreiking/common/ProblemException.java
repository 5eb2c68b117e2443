package nl.handreiking.common;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Thrown by services to end a request with a problem response; mapped in {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        this(status, title, detail, invalidParams, Map.of());
    }

    private ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = invalidParams;
        this.headers = headers;
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Niet aangemeld", detail, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Geen toegang", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "Voorwaarde vereist", detail, null);
    }

    public static ProblemException preconditionFailed(String detail, String currentEtag) {
        return new ProblemException(412, "Voorwaarde niet vervuld", detail, null, Map.of("ETag", currentEtag));
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(429, "Te veel pogingen", detail, null, Map.of("Retry-After", Long.toString(seconds)));
    }

    public static ProblemException badRequest(String name, String reason) {
        return badRequest(List.of(new Problem.InvalidParam(name, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Niet gevonden", detail, null);
    }

    public static ProblemException badRequest(List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(400, "Ongeldige invoer", describe(invalidParams), List.copyOf(invalidParams));
    }

    private static String describe(List<Problem.InvalidParam> invalidParams) {
        return invalidParams.size() == 1
                ? "De waarde van " + invalidParams.get(0).name() + " is ongeldig: " + invalidParams.get(0).reason() + "."
                : invalidParams.size() + " parameters of velden zijn ongeldig; zie invalidParams.";
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** Extra response headers, such as Retry-After or WWW-Authenticate. */
    public Map<String, String> headers() {
        return headers;
    }
}
