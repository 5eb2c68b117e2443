package nl.handreiking.signal.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.mail.Outbox;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.SignalRules;
import nl.handreiking.signal.SignalStatus;
import nl.handreiking.signal.SignalWorkflow;
import nl.handreiking.user.MailAddresses;

/**
 * The e-mails signals cause: the owning team hears of a new signal and of a signal its submitter reopens,
 * the submitter of every status change.
 * They go into the outbox within the change's transaction; internal notes are never in them.
 */
@ApplicationScoped
public class SignalNotifications {

    private static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"));

    private final Outbox outbox;
    private final MailAddresses addresses;
    private final String publicUrl;
    private final long reopenDays;

    SignalNotifications(Outbox outbox, MailAddresses addresses, HandreikingConfig config) {
        this.outbox = outbox;
        this.addresses = addresses;
        this.publicUrl = config.publicUrlBase();
        this.reopenDays = config.signals().reopenPeriod().toDays();
    }

    public void submitted(Signal signal) {
        String body = "Er is een nieuw " + (signal.type.equals("question") ? "vraag" : "signaal")
                + " binnengekomen voor uw organisatie.\n\n"
                + signal.reference + ": " + signal.title + "\nThema: " + SignalRules.theme(signal.theme).name
                + "\nIngediend door: " + signal.submitterName
                + "\nAntwoord uiterlijk: " + DUTCH_DATE.format(signal.dueOn)
                + "\n\nBekijk en behandel het in de Handreiking:\n" + link(signal) + "\n";
        team(signal).forEach(address -> outbox.post(address, "Nieuw: " + signal.reference + " " + signal.title, body));
    }

    /** A move by the submitter back to an open status (a reopening, see {@link SignalWorkflow}) puts the signal back on the team's desk. */
    void reopened(Signal signal, String text) {
        String body = "De indiener heeft " + signal.reference + " (" + signal.title
                + ") heropend; het signaal is weer in behandeling.\n"
                + (text == null ? "" : "\nToelichting van de indiener:\n" + text + "\n")
                + "\nAntwoord uiterlijk: " + DUTCH_DATE.format(signal.dueOn)
                + "\n\nBekijk en behandel het in de Handreiking:\n" + link(signal) + "\n";
        team(signal)
                .forEach(address -> outbox.post(address, "Heropend: " + signal.reference + " " + signal.title, body));
    }

    private List<String> team(Signal signal) {
        return addresses.supportTeam(signal.ownerCode);
    }

    void moved(Signal signal, SignalWorkflow.Move move, String text) {
        if (!signal.submitterType.equals("user")) {
            return; // systems follow their signals through the API
        }
        addresses.activePerson(UUID.fromString(signal.submitterId)).ifPresent(address -> {
            String body = "De status van " + signal.reference + " (" + signal.title + ") is gewijzigd: "
                    + describe(move.to()) + ".\n"
                    + (text == null ? "" : "\n" + text + "\n")
                    + (move.to() == SignalStatus.ANSWERED
                            ? "\nHelpt het antwoord niet? U kunt het signaal binnen " + reopenDays
                                    + " dagen heropenen.\n"
                            : "")
                    + "\nBekijk het in de Handreiking:\n" + link(signal) + "\n";
            outbox.post(address, signal.reference + ": " + describe(move.to()), body);
        });
    }

    private String link(Signal signal) {
        return publicUrl + "/signalen/" + signal.id;
    }

    private static String describe(SignalStatus status) {
        return switch (status) {
            case SUBMITTED -> "ingediend";
            case IN_PROGRESS -> "in behandeling";
            case ANSWERED -> "beantwoord";
            case FORWARDED -> "opgenomen in de uitvoeringsagenda";
            case REJECTED -> "afgewezen";
            case CLOSED -> "afgesloten";
        };
    }
}
