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
    private final String oauthError;

    public ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        this(status, title, detail, invalidParams, Map.of());
    }

    private ProblemException(
            int status,
            String title,
            String detail,
            List<Problem.InvalidParam> invalidParams,
            Map<String, String> headers) {
        this(status, title, detail, invalidParams, headers, null);
    }

    private ProblemException(
            int status,
            String title,
            String detail,
            List<Problem.InvalidParam> invalidParams,
            Map<String, String> headers,
            String oauthError) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = invalidParams;
        this.headers = headers;
        this.oauthError = oauthError;
    }

    /** The same problem with the RFC 6749 error code the OAuth token endpoint answers it with. */
    public ProblemException withOAuthError(String error) {
        return new ProblemException(status, title, getMessage(), invalidParams, headers, error);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(
                401, Messages.text("title.unauthorized"), detail, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, Messages.text("title.forbidden"), detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, Messages.text("title.conflict"), detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, Messages.text("title.preconditionRequired"), detail, null);
    }

    public static ProblemException preconditionFailed(String detail, String currentEtag) {
        return new ProblemException(
                412, Messages.text("title.preconditionFailed"), detail, null, Map.of("ETag", currentEtag));
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new ProblemException(
                429,
                Messages.text("title.tooManyRequests"),
                detail,
                null,
                Map.of("Retry-After", Long.toString(seconds)));
    }

    public static ProblemException badRequest(String name, String reason) {
        return badRequest(List.of(new Problem.InvalidParam(name, reason)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, Messages.text("title.notFound"), detail, null);
    }

    public static ProblemException badRequest(List<Problem.InvalidParam> invalidParams) {
        return new ProblemException(
                400, Messages.text("title.invalidInput"), describe(invalidParams), List.copyOf(invalidParams));
    }

    private static String describe(List<Problem.InvalidParam> invalidParams) {
        return describe(Messages.current(), invalidParams);
    }

    /** The detail of a 400 problem: the one invalid value and why, or how many there are. */
    static String describe(java.util.Locale language, List<Problem.InvalidParam> invalidParams) {
        return invalidParams.size() == 1
                ? Messages.text(
                        language,
                        "detail.oneInvalid",
                        invalidParams.get(0).name(),
                        invalidParams.get(0).reason())
                : Messages.text(language, "detail.manyInvalid", invalidParams.size());
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

    /** The RFC 6749 error code at the token endpoint, or null for the one that follows from the status. */
    public String oauthError() {
        return oauthError;
    }

    /** Extra response headers, such as Retry-After or WWW-Authenticate. */
    public Map<String, String> headers() {
        return headers;
    }
}
