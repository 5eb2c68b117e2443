package nl.handreiking.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.util.Optional;

/** Password rules and bcrypt hashing (a maintained slow hash); passwords are never stored or logged. */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final int COST = 11;
    /** Checked when the e-mail address is unknown, so that the answer takes as long as for a wrong password. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-never-used", COST);

    private Passwords() {
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    static boolean matches(String password, Optional<String> hash) {
        boolean matches = BcryptUtil.matches(password, hash.orElse(DECOY));
        return matches && hash.isPresent();
    }

    /** Why a new password is not acceptable, if it is not. */
    static Optional<String> weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("moet minstens " + MIN_LENGTH + " tekens lang zijn");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("mag hoogstens " + MAX_LENGTH + " tekens lang zijn");
        }
        return Optional.empty();
    }

    /** A temporary password for a reset, shown once to the administrator. */
    static String temporary() {
        return Secrets.random(12);
    }
}
