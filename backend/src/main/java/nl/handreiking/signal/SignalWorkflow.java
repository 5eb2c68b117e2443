package nl.handreiking.signal;

import static nl.handreiking.signal.SignalStatus.ANSWERED;
import static nl.handreiking.signal.SignalStatus.CLOSED;
import static nl.handreiking.signal.SignalStatus.FORWARDED;
import static nl.handreiking.signal.SignalStatus.IN_PROGRESS;
import static nl.handreiking.signal.SignalStatus.REJECTED;
import static nl.handreiking.signal.SignalStatus.SUBMITTED;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.handreiking.common.Messages;
import nl.handreiking.common.ProblemException;

/**
 * The signal lifecycle as one table: who may move a signal from which status to which, and whether the
 * move needs a text. Everything else (the API's allowed transitions, the checks, the tests) reads it.
 */
public final class SignalWorkflow {

    /** The two sides of a signal: the organisation that submitted it and the support team. */
    public enum Party {
        SUBMITTER,
        SUPPORT
    }

    /** One allowed move. {@code name} is what the move is called in history and e-mail. */
    public record Move(String name, SignalStatus from, SignalStatus to, Party by, boolean textRequired) {

        /** The submitter sends the signal back to the support team's open work: its owning team must hear of it. */
        public boolean reopens() {
            return by == Party.SUBMITTER && to.awaitsAnswer();
        }

        /** Reopening is bound to a period after the answer; every other move is always open. */
        boolean openAt(Signal signal, OffsetDateTime at, Duration reopenPeriod) {
            return !name.equals("reopen")
                    || (signal.answeredAt != null && !at.isAfter(signal.answeredAt.plus(reopenPeriod)));
        }
    }

    public static final List<Move> TABLE = List.of(
            new Move("start", SUBMITTED, IN_PROGRESS, Party.SUPPORT, false),
            new Move("answer", SUBMITTED, ANSWERED, Party.SUPPORT, true),
            new Move("reject", SUBMITTED, REJECTED, Party.SUPPORT, true),
            new Move("answer", IN_PROGRESS, ANSWERED, Party.SUPPORT, true),
            new Move("forward", IN_PROGRESS, FORWARDED, Party.SUPPORT, false),
            new Move("reject", IN_PROGRESS, REJECTED, Party.SUPPORT, true),
            new Move("close", ANSWERED, CLOSED, Party.SUPPORT, false),
            new Move("close", ANSWERED, CLOSED, Party.SUBMITTER, false),
            new Move("reopen", ANSWERED, IN_PROGRESS, Party.SUBMITTER, true),
            new Move("close", FORWARDED, CLOSED, Party.SUPPORT, false));

    private SignalWorkflow() {}

    /** The moves this party can make now. */
    static List<Move> allowed(Signal signal, Party party, OffsetDateTime at, Duration reopenPeriod) {
        return TABLE.stream()
                .filter(move -> move.from() == signal.statusValue()
                        && move.by() == party
                        && move.openAt(signal, at, reopenPeriod))
                .toList();
    }

    /** The move to {@code to}, or the problem that says why it cannot be made. */
    public static Move check(
            Signal signal,
            Party party,
            SignalStatus to,
            Optional<String> text,
            OffsetDateTime at,
            Duration reopenPeriod) {
        SignalStatus from = signal.statusValue();
        List<Move> fromHere = TABLE.stream()
                .filter(move -> move.from() == from && move.to() == to)
                .toList();
        Optional<Move> mine =
                fromHere.stream().filter(move -> move.by() == party).findFirst();
        if (mine.isEmpty() && !fromHere.isEmpty()) {
            throw ProblemException.forbidden(Messages.text(
                    fromHere.get(0).by() == Party.SUPPORT ? "detail.moveOnlyBySupport" : "detail.moveOnlyBySubmitter",
                    from.apiValue(),
                    to.apiValue()));
        }
        if (mine.isEmpty() || !mine.get().openAt(signal, at, reopenPeriod)) {
            String next = allowed(signal, party, at, reopenPeriod).stream()
                    .map(move -> move.to().apiValue())
                    .distinct()
                    .collect(Collectors.joining(", "));
            String why = mine.isPresent() ? Messages.text("detail.reopenPeriodPassed", reopenPeriod.toDays()) : "";
            throw new ProblemException(
                    409,
                    Messages.text("title.transitionNotAllowed"),
                    Messages.text(
                            "detail.transitionNotAllowed",
                            from.apiValue(),
                            why,
                            next.isEmpty() ? Messages.text("word.none") : next),
                    null);
        }
        if (mine.get().textRequired() && text.filter(t -> !t.isBlank()).isEmpty()) {
            throw ProblemException.badRequest(
                    "text", Messages.text("reason.textRequiredFor", mine.get().name(), to.apiValue()));
        }
        return mine.get();
    }
}
