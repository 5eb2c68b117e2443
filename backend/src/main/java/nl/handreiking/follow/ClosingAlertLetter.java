package nl.handreiking.follow;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import nl.handreiking.catalogue.funding.FundingDeadline;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.mail.Letter;
import nl.handreiking.mail.UnsubscribeLinks;

/** The Dutch e-mail that a followed funding item closes soon, with the closing date for a calendar attached. */
@ApplicationScoped
class ClosingAlertLetter {

    static final String PURPOSE = "follow";
    private static final DateTimeFormatter DUTCH_DATE =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final String publicBase;
    private final UnsubscribeLinks unsubscribe;

    ClosingAlertLetter(HandreikingConfig config, UnsubscribeLinks unsubscribe) {
        this.publicBase = config.publicUrlBase();
        this.unsubscribe = unsubscribe;
    }

    Letter of(String recipient, Reminder reminder, FundingDeadline funding, LocalDate closesOn, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, closesOn);
        String when = left == 0 ? "vandaag" : left == 1 ? "morgen" : "over " + left + " dagen";
        String subject = "Sluit " + when + ": " + funding.title();
        String body = "Goedendag,\n\n"
                + "De regeling \"" + funding.title() + "\""
                + reminder.search()
                        .map(name -> ", die uw bewaarde zoekopdracht \"" + name + "\" vindt,")
                        .orElse(" die u volgt,")
                + " sluit " + when + ".\n"
                + "Aanvragen kan tot en met " + DUTCH_DATE.format(closesOn) + ".\n\n"
                + "Bekijk de regeling en hoe u aanvraagt:\n"
                + publicBase + "/financiering/" + funding.id() + "\n\n"
                + "In de bijlage staat de sluitingsdatum als afspraak voor uw agenda.\n\n"
                + reminder.search()
                        .map(
                                name -> "U krijgt dit bericht omdat uw bewaarde zoekopdracht \"" + name
                                        + "\" in de Handreiking "
                                        + "herinneringen brengt: 14 dagen en 3 dagen voor de sluitingsdatum van elke financiering die "
                                        + "zij vindt. Wilt u deze herinneringen niet meer? Meld u af (de zoekopdracht blijft bewaard):\n")
                        .orElse(
                                "U krijgt dit bericht omdat u deze regeling volgt in de Handreiking: 14 dagen en 3 dagen "
                                        + "voor de sluitingsdatum. Wilt u geen herinneringen meer over deze regeling? Meld u af:\n")
                + unsubscribe.pageUrl(reminder.purpose(), reminder.subscription()) + "\n";
        byte[] calendar = ClosingAlertCalendar.of(funding, closesOn, publicBase, Instant.now())
                .getBytes(StandardCharsets.UTF_8);
        return Letter.of(recipient, subject, body)
                .withUnsubscribe(unsubscribe.oneClickUrl(reminder.purpose(), reminder.subscription()))
                .withAttachment("sluitingsdatum.ics", ClosingAlertCalendar.CONTENT_TYPE, calendar);
    }
}
