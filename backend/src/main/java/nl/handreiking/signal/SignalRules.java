package nl.handreiking.signal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.handreiking.common.ApiEnum;
import nl.handreiking.common.ProblemException;
import nl.handreiking.organisation.Organisation;
import nl.handreiking.common.Messages;

/** Checks the values a request gives a signal; each unknown one is a 400 problem that names the field. */
final class SignalRules {

    /** Control (Cc), format (Cf: bidi controls, zero-width) and line or paragraph separator characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");

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
                .orElseThrow(() -> ProblemException.badRequest("theme", Messages.text("reason.unknownTheme")));
    }

    /** An organisation of the support team: only those own signals. */
    static Organisation owner(String code) {
        return Organisation.<Organisation>findByIdOptional(code).filter(o -> o.supportTeam)
                .orElseThrow(() -> ProblemException.badRequest("owner", Messages.text("reason.notSupportTeam")));
    }

    /**
     * A file name as a download may carry it: no folders, at most 255 characters, and without control,
     * format (bidi overrides and isolates, zero-width) or line-separator characters, which are removed: a
     * right-to-left override would make {@code factuur\u202Efdp.exe} show as {@code factuurexe.pdf}.
     */
    static String fileName(String raw) {
        String visible = INVISIBLE.matcher(Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFC)).replaceAll("");
        String name = visible.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty() || name.length() > 255 || name.startsWith(".")) {
            throw ProblemException.badRequest("fileName", Messages.text("reason.fileName"));
        }
        return name;
    }

    private static <E extends Enum<E> & ApiEnum> E oneOf(String field, String value, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.apiValue().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.badRequest(field, Messages.text("reason.oneOf", Arrays.stream(type.getEnumConstants())
                        .map(ApiEnum::apiValue).collect(Collectors.joining(", ")))));
    }
}
