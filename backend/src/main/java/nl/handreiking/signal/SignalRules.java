package nl.handreiking.signal;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.handreiking.common.ApiEnum;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.organisation.Organisation;

/** Checks the values a request gives a signal; each unknown one is a 400 problem that names the field. */
public final class SignalRules {

    private SignalRules() {}

    public static SignalType type(String value) {
        return oneOf("type", value, SignalType.class);
    }

    public static Priority priority(String value) {
        return oneOf("priority", value, Priority.class);
    }

    public static SignalStatus status(String value) {
        return oneOf("status", value, SignalStatus.class);
    }

    public static SignalTheme theme(String code) {
        return SignalTheme.<SignalTheme>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.badRequest("theme", Messages.text("reason.unknownTheme")));
    }

    /** An organisation of the support team: only those own signals. */
    public static Organisation owner(String code) {
        return Organisation.<Organisation>findByIdOptional(code)
                .filter(o -> o.supportTeam)
                .orElseThrow(() -> ProblemException.badRequest("owner", Messages.text("reason.notSupportTeam")));
    }

    private static <E extends Enum<E> & ApiEnum> E oneOf(String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.apiValue().equals(value))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest(
                        field,
                        Messages.text(
                                "reason.oneOf",
                                Arrays.stream(type.getEnumConstants())
                                        .map(ApiEnum::apiValue)
                                        .collect(Collectors.joining(", ")))));
    }
}
