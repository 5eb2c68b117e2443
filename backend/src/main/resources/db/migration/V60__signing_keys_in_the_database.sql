-- The RS256 keys that sign our tokens, shared by every instance: any instance verifies a token another
-- issued, by the token's kid. Each key signs from active_from until signs_until (the next key is made an
-- hour ahead, so that systems caching our JWKS know it before it signs) and verifies until the tokens it
-- signed have expired; then it is deleted. The private key is sealed (AES-256-GCM) with a secret from
-- configuration, never stored readable: see docs/decisions/0014-signing-keys-in-the-database.md.
-- One key per generation: two instances that make "the next key" at once make one, the other's insert
-- conflicts and it reads the winner's.
CREATE TABLE signing_key (
    kid           text PRIMARY KEY,
    generation    integer NOT NULL UNIQUE,
    public_key    bytea NOT NULL,   -- X.509 SubjectPublicKeyInfo (DER)
    sealed_private_key bytea NOT NULL,  -- 12-byte nonce, then AES-GCM of the PKCS#8 DER, the kid as associated data
    created_at    timestamptz NOT NULL DEFAULT now(),
    active_from   timestamptz NOT NULL,
    signs_until   timestamptz NOT NULL,
    CHECK (signs_until > active_from)
);
