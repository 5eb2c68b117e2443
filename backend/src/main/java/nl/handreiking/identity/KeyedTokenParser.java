package nl.handreiking.identity;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import javax.crypto.SecretKey;
import nl.handreiking.common.HandreikingConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * Checks our tokens with the key their {@code kid} names, from the key set every instance shares
 * ({@link SigningKeys}); issuer, audience and expiry are checked as configured. With an external identity
 * provider its configured key (or JWKS) checks instead, and our own tokens no longer count. A token verified before
 * is taken from {@link VerifiedTokens} while its key still verifies.
 */
@Alternative
@Priority(1)
@ApplicationScoped
class KeyedTokenParser implements JWTParser {

    private final DefaultJWTParser configured;
    private final SigningKeys keys;
    private final boolean external;
    private final VerifiedTokens verified = new VerifiedTokens();

    KeyedTokenParser(DefaultJWTParser configured, SigningKeys keys, HandreikingConfig config) {
        this.configured = configured;
        this.keys = keys;
        this.external = config.auth().external().enabled();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (external) {
            return configured.parse(token);
        }
        Optional<JsonWebToken> known = verified.find(token, keys::verifying);
        if (known.isPresent()) {
            return known.get();
        }
        String kid = kid(token);
        PublicKey key =
                keys.verifying(kid).orElseThrow(() -> new ParseException("No signing key " + kid + " verifies now"));
        JsonWebToken checked = configured.verify(token, key);
        verified.remember(token, kid, key, checked);
        return checked;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return configured.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return configured.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return configured.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return configured.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return configured.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return configured.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return configured.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return configured.parseOnly(token);
    }

    /** The kid in the token's header, read before any check: it only chooses the key that checks the signature. */
    private static String kid(String token) throws ParseException {
        try {
            if (JsonWebStructure.fromCompactSerialization(token) instanceof JsonWebSignature signature
                    && signature.getKeyIdHeaderValue() != null) {
                return signature.getKeyIdHeaderValue();
            }
        } catch (JoseException e) {
            throw new ParseException("Not a signed token", e);
        }
        throw new ParseException("The token names no kid");
    }
}
