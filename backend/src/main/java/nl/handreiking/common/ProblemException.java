package nl.handreiking.common;

import java.util.List;

/** Thrown by services to end a request with a problem response; mapped in {@link ProblemMapper}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.InvalidParam> invalidParams;

    public ProblemException(int status, String title, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.invalidParams = invalidParams;
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
}
