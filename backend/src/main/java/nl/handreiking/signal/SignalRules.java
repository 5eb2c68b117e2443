package nl.handreiking.signal;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.handreiking.common.ApiEnum;
import nl.handreiking.common.ProblemException;
import nl.handreiking.organisation.Organisation;

/** Checks the values a request gives a signal; each unknown one is a 400 problem that names the field. */
final class SignalRules {

    private SignalRules() {
    }

    static SignalType type(String value) {
        return oneOf("type", value, SignalType.class);
    }

    static Priority priority(String value) {
        return oneOf("priority", value, Priority.class);
    }

    static SignalStatus status(String value) {
        return oneOf("status", value, SignalStatus.class);
    }

    static SignalTheme theme(String code) {
        return SignalTheme.<SignalTheme>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.badRequest("theme", "is geen bekend thema; zie /signal-themes"));
    }

    /** An organisation of the support team: only those own signals. */
    static Organisation owner(String code) {
        return Organisation.<Organisation>findByIdOptional(code).filter(o -> o.supportTeam)
                .orElseThrow(() -> ProblemException.badRequest("owner", "is geen organisatie van het ondersteuningsteam"));
    }

    /** A file name as a download may carry it: no folders, no control characters, at most 255 characters. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255 || name.chars().anyMatch(c -> c < 32 || c == 127) || name.startsWith(".")) {
            throw ProblemException.badRequest("fileName", "is verplicht: een bestandsnaam zonder mappen, zoals notitie.pdf");
        }
        return name;
    }

    private static <E extends Enum<E> & ApiEnum> E oneOf(String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.apiValue().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(field, "moet een van " + Arrays.stream(type.getEnumConstants())
                        .map(ApiEnum::apiValue).collect(Collectors.joining(", ")) + " zijn"));
    }
}
