package nl.handreiking.signal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;
import nl.handreiking.identity.Caller;

/**
 * Submissions that other systems may safely retry: with an Idempotency-Key, the first submission is
 * kept with a hash of its body; a retry with the same key and body gets that signal back and creates
 * nothing, the same key with another body is a 422 problem. Retries of one key wait for each other on a
 * transaction-scoped advisory lock, so twenty at once still make one signal.
 */
@ApplicationScoped
@Transactional
public class IdempotentSubmissions {

    /** The signal and whether it was made by an earlier request with the same key. */
    public record Submitted(Signal signal, boolean replayed) {
    }

    private final SignalService signals;
    private final EntityManager em;
    private final ObjectMapper json;

    IdempotentSubmissions(SignalService signals, EntityManager em, ObjectMapper json) {
        this.signals = signals;
        this.em = em;
        this.json = json;
    }

    public Submitted submit(SignalRequest request, Optional<String> key, Caller caller) {
        if (key.isEmpty()) {
            return new Submitted(signals.submit(request, caller, Moment.now()), false);
        }
        String callerId = caller.actorType() + ":" + caller.id();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))::text")
                .setParameter(1, callerId + "\n" + key.get()).getSingleResult();
        String hash = hash(request);
        SignalIdempotency.Key id = new SignalIdempotency.Key();
        id.callerId = callerId;
        id.key = key.get();
        Optional<SignalIdempotency> earlier = SignalIdempotency.findByIdOptional(id);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash.equals(hash)) {
                throw new ProblemException(422, Messages.text("title.idempotencyKeyUsed"),
                        Messages.text("detail.idempotencyKeyUsed"), null);
            }
            return new Submitted(Signal.findById(earlier.get().signalId), true);
        }
        Signal signal = signals.submit(request, caller, Moment.now());
        SignalIdempotency kept = new SignalIdempotency();
        kept.callerId = callerId;
        kept.key = key.get();
        kept.requestHash = hash;
        kept.signalId = signal.id;
        kept.createdAt = OffsetDateTime.now();
        kept.persist();
        return new Submitted(signal, false);
    }

    private String hash(SignalRequest request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash a signal request", e);
        }
    }
}
