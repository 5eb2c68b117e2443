package nl.handreiking.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import nl.handreiking.common.Messages;

/**
 * Password rules (NIST SP 800-63B: 12 to 64 characters, no common, guessable or context-specific ones) and
 * bcrypt hashing (a maintained slow hash); passwords are never stored or logged. Bcrypt reads only the
 * first 72 bytes, so a password must fit in them: it is refused, never silently cut.
 */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    /** What bcrypt reads; a longer password would be cut, and any tail would then sign in. */
    static final int MAX_BYTES = 72;
    /** Estimated guesses below 2^30 are refused: dictionary words, common passwords, repeats, sequences, dates. */
    private static final double MIN_ENTROPY_BITS = 30;
    /** Words anyone guessing at this service tries first. */
    private static final List<String> CONTEXT = List.of(
            "handreiking",
            "wachtwoord",
            "welkom",
            "geheim",
            "gemeente",
            "provincie",
            "opvang",
            "asiel",
            "vergunninghouder",
            "inburgering",
            "huisvesting",
            "nederland",
            "rijksoverheid",
            "demo");

    private static final int COST = 11;
    /** Checked when the e-mail address is unknown, so that the answer takes as long as for a wrong password. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    private Passwords() {}

    public static String hash(String password) {
        if (tooLongForBcrypt(password)) {
            throw new IllegalArgumentException("A password over " + MAX_BYTES + " bytes would be cut by bcrypt");
        }
        return BcryptUtil.bcryptHash(password, COST);
    }

    /** True only for the exact password: one that bcrypt would cut is never a match (its tail would not count). */
    public static boolean matches(String password, Optional<String> hash) {
        boolean cut = tooLongForBcrypt(password);
        boolean matches = BcryptUtil.matches(cut ? "" : password, hash.orElse(DECOY));
        return matches && hash.isPresent() && !cut;
    }

    /** Why a new password is not acceptable, if it is not; {@code context} names the account (e-mail, name). */
    public static Optional<String> weakness(String password, String... context) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Messages.text("reason.passwordTooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Messages.text("reason.maxLength", MAX_LENGTH));
        }
        if (tooLongForBcrypt(password)) {
            return Optional.of(Messages.text("reason.passwordTooManyBytes", MAX_BYTES));
        }
        if (new Nbvcxz(new ConfigurationBuilder()
                                .setDictionaries(dictionaries(context))
                                .createConfiguration())
                        .estimate(password)
                        .getEntropy()
                < MIN_ENTROPY_BITS) {
            return Optional.of(Messages.text("reason.passwordGuessable"));
        }
        return Optional.empty();
    }

    /** A temporary password for a reset, shown once to the administrator. */
    public static String temporary() {
        return Secrets.random(12);
    }

    private static boolean tooLongForBcrypt(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static List<Dictionary> dictionaries(String... context) {
        DictionaryBuilder words =
                new DictionaryBuilder().setDictionaryName("context").setExclusion(true);
        CONTEXT.forEach(word -> words.addWord(word, 0));
        Arrays.stream(context)
                .filter(Objects::nonNull)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .flatMap(value -> Arrays.stream(value.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.length() >= 3)
                .forEach(word -> words.addWord(word, 0));
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(words.createDictionary());
        return dictionaries;
    }
}
