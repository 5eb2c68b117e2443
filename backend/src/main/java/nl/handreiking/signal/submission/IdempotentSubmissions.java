package nl.handreiking.signal.submission;

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
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalService;

/**
 * Submissions that other systems may safely retry: with an Idempotency-Key, the first submission is
 * kept with a hash of its body; a retry with the same key and body gets that signal back and creates
 * nothing, the same key with another body is a 422 problem. Retries of one key wait for each other on a
 * transaction-scoped advisory lock, so twenty at once still make one signal.
 */
@ApplicationScoped
@Transactional
class IdempotentSubmissions {

    /** The signal as its submitter sees it and whether it was made by an earlier request with the same key. */
    record Submitted(SignalService.Shown shown, boolean replayed) {}

    private final SignalIntake intake;
    private final SignalService signals;
    private final EntityManager em;
    private final ObjectMapper json;

    IdempotentSubmissions(SignalIntake intake, SignalService signals, EntityManager em, ObjectMapper json) {
        this.intake = intake;
        this.signals = signals;
        this.em = em;
        this.json = json;
    }

    /** Submits the request; {@code rawKey} is the Idempotency-Key header as sent (null without one). */
    Submitted submit(SignalRequest request, String rawKey, Caller caller) {
        Optional<String> key = idempotencyKey(rawKey);
        if (key.isEmpty()) {
            return submitted(intake.submit(request, caller, Moment.now()), false, caller);
        }
        String callerId = caller.actorType() + ":" + caller.id();
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))::text")
                .setParameter(1, callerId + "\n" + key.get())
                .getSingleResult();
        String hash = hash(request);
        SignalIdempotency.Key id = new SignalIdempotency.Key();
        id.callerId = callerId;
        id.key = key.get();
        Optional<SignalIdempotency> earlier = SignalIdempotency.findByIdOptional(id);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash.equals(hash)) {
                throw new ProblemException(
                        422,
                        Messages.text("title.idempotencyKeyUsed"),
                        Messages.text("detail.idempotencyKeyUsed"),
                        null);
            }
            return submitted(Signal.findById(earlier.get().signalId), true, caller);
        }
        Signal signal = intake.submit(request, caller, Moment.now());
        SignalIdempotency kept = new SignalIdempotency();
        kept.callerId = callerId;
        kept.key = key.get();
        kept.requestHash = hash;
        kept.signalId = signal.id;
        kept.createdAt = OffsetDateTime.now();
        kept.persist();
        return submitted(signal, false, caller);
    }

    private Submitted submitted(Signal signal, boolean replayed, Caller caller) {
        return new Submitted(signals.show(signal, caller), replayed);
    }

    /** 1 to 255 visible ASCII characters; an empty header is not "no key". */
    private static Optional<String> idempotencyKey(String key) {
        if (key != null
                && (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E))) {
            throw ProblemException.badRequest("Idempotency-Key", Messages.text("reason.idempotencyKey"));
        }
        return Optional.ofNullable(key);
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
