package nl.handreiking.follow;

import static nl.handreiking.common.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.common.SignIn;
import nl.handreiking.mail.UnsubscribeLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The closing-date alerts across a simulated calendar: the job is run for each day in turn (as the scheduler
 * would, once a day or more), and the outbox is read for the mails about this test's own funding item.
 */
@QuarkusTest
class ClosingAlertsTest {

    @Inject
    ClosingAlerts alerts;

    @Inject
    UnsubscribeLinks links;

    @Inject
    EntityManager em;

    @Inject
    HandreikingConfig config;

    private String official;

    @BeforeEach
    void signIn() {
        official = SignIn.as("municipality");
    }

    @Test
    void anAlertFiresOnceAtFourteenAndOnceAtThreeDaysEvenWithTwoInstances() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding funding = Funding.closingOn(closesOn);
        funding.followedBy(official);

        List<LocalDate> mailedOn = new ArrayList<>();
        for (LocalDate day = closesOn.minusDays(20); !day.isAfter(closesOn.plusDays(2)); day = day.plusDays(1)) {
            long before = mails(funding);
            runOnTwoInstancesAtOnce(day);
            runOnTwoInstancesAtOnce(day); // a second run the same day (a repeated job) sends nothing new
            if (mails(funding) > before) {
                assertThat(mails(funding)).as("mails on %s", day).isEqualTo(before + 1);
                mailedOn.add(day);
            }
        }

        assertThat(mailedOn).containsExactly(closesOn.minusDays(14), closesOn.minusDays(3));
        assertThat(subjects(funding))
                .containsExactly(
                        "Sluit over 14 dagen: Proefitem " + funding.word,
                        "Sluit over 3 dagen: Proefitem " + funding.word);
    }

    @Test
    void anAlertThatCannotBeSentHoldsBackNoOtherAndIsTriedAgainAtTheNextRun() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding failing = Funding.closingOn(closesOn);
        Funding healthy = Funding.closingOn(closesOn);
        failing.followedBy(official);
        healthy.followedBy(official);

        // the database refuses the one alert's mail, as it would any write that breaks a rule
        sql("ALTER TABLE mail_message ADD CONSTRAINT refuse_" + failing.word + " CHECK (subject NOT LIKE '%"
                + failing.word + "') NOT VALID");
        try {
            alerts.sendDue(closesOn.minusDays(14));
        } finally {
            sql("ALTER TABLE mail_message DROP CONSTRAINT refuse_" + failing.word);
        }
        assertThat(subjects(healthy)).containsExactly("Sluit over 14 dagen: Proefitem " + healthy.word);
        assertThat(subjects(failing)).isEmpty();

        alerts.sendDue(closesOn.minusDays(14));
        assertThat(subjects(failing)).containsExactly("Sluit over 14 dagen: Proefitem " + failing.word);
        assertThat(subjects(healthy)).as("not twice").hasSize(1);
    }

    @Test
    void theMailNamesTheItemItsClosingDateAndLinksToItsPage() {
        LocalDate closesOn = LocalDate.of(2061, 6, 30);
        Funding funding = Funding.closingOn(closesOn);
        String follow = funding.followedBy(official);

        alerts.sendDue(closesOn.minusDays(14));

        String body = bodies(funding).get(0);
        assertThat(body)
                .contains("\"Proefitem " + funding.word + "\"")
                .contains("donderdag 30 juni 2061")
                .contains(config.publicUrlBase() + "/financiering/" + funding.id)
                .contains(links.pageUrl("follow", UUID.fromString(follow)));
    }

    @Test
    void aMissedFourteenDayAlertComesLateOnlyWhileMoreThanThreeDaysRemain() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding late = Funding.closingOn(closesOn);
        late.followedBy(official);
        alerts.sendDue(closesOn.minusDays(10)); // the job was down until 10 days before closing
        alerts.sendDue(closesOn.minusDays(2));

        LocalDate other = Funding.someDayFarAhead();
        Funding tooLate = Funding.closingOn(other);
        tooLate.followedBy(official);
        alerts.sendDue(other.minusDays(2)); // down until 2 days before closing

        assertThat(subjects(late))
                .containsExactly(
                        "Sluit over 10 dagen: Proefitem " + late.word, "Sluit over 2 dagen: Proefitem " + late.word);
        assertThat(subjects(tooLate)).containsExactly("Sluit over 2 dagen: Proefitem " + tooLate.word);
    }

    @Test
    void noAlertForAnItemWithoutClosingDate() {
        Funding funding = Funding.withoutClosingDate();
        funding.followedBy(official);
        LocalDate today = LocalDate.now(ClosingAlerts.NETHERLANDS);

        for (LocalDate day = today; day.isBefore(today.plusDays(30)); day = day.plusDays(1)) {
            alerts.sendDue(day);
        }

        assertThat(mails(funding)).isZero();
    }

    @Test
    void aMovedClosingDateGetsItsOwnAlerts() {
        LocalDate first = Funding.someDayFarAhead();
        Funding funding = Funding.closingOn(first);
        funding.followedBy(official);
        alerts.sendDue(first.minusDays(14));

        LocalDate moved = first.plusDays(30);
        funding.closesOn(moved);
        alerts.sendDue(first.minusDays(3)); // the old date no longer counts
        alerts.sendDue(moved.minusDays(14));
        alerts.sendDue(moved.minusDays(14));

        assertThat(mails(funding)).isEqualTo(2);
    }

    @Test
    void theUnsubscribeLinkStopsTheAlerts() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding funding = Funding.closingOn(closesOn);
        UUID follow = UUID.fromString(funding.followedBy(official));
        alerts.sendDue(closesOn.minusDays(14));
        String oneClick = (String) outbox("unsubscribe_url", funding).get(0);
        String token = oneClick.substring(oneClick.lastIndexOf('/') + 1);
        assertThat(oneClick).isEqualTo(links.oneClickUrl("follow", follow));

        given().when()
                .get("/api/v1/unsubscriptions/{token}", token)
                .then()
                .statusCode(200)
                .body("purpose", equalTo("follow"))
                .body("description", containsString(funding.word))
                .body("active", equalTo(true));
        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .when()
                .post("/api/v1/unsubscriptions/{token}", token)
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        alerts.sendDue(closesOn.minusDays(3));

        assertThat(mails(funding)).isEqualTo(1);
    }

    @Test
    void theAlertCarriesTheClosingDateAsACalendarEvent() throws Exception {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding funding = Funding.closingOn(closesOn);
        funding.followedBy(official);
        alerts.sendDue(closesOn.minusDays(3));

        assertThat(outbox("attachment_name", funding)).containsExactly("sluitingsdatum.ics");
        assertThat((String) outbox("attachment_type", funding).get(0)).startsWith("text/calendar");
        String ics = new String((byte[]) outbox("attachment", funding).get(0), StandardCharsets.UTF_8);
        VEvent event = new CalendarBuilder()
                .build(new StringReader(ics))
                .<VEvent>getComponents("VEVENT")
                .get(0);
        assertThat(event.getProperty(Property.DTSTART).map(Property::getValue))
                .contains(closesOn.format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(event.getProperty(Property.UID).map(Property::getValue))
                .contains(funding.id + "-" + closesOn.format(DateTimeFormatter.BASIC_ISO_DATE) + "@handreiking");
        assertThat(event.getProperty(Property.URL).map(Property::getValue))
                .contains(config.publicUrlBase() + "/financiering/" + funding.id);
    }

    @Test
    void aSavedSearchWithAlertsOnRemindsOfEveryFundingItFindsAndAPersonHearsOfAnItemOnce() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding found = Funding.closingOn(closesOn);
        Funding alsoFollowed = Funding.closingOn(closesOn);
        Funding foundWithoutAlerts = Funding.closingOn(closesOn);
        String search = savedSearch(found.word, true);
        savedSearch(alsoFollowed.word, true);
        savedSearch(alsoFollowed.word, true); // two searches and a follow: still one mail per threshold
        alsoFollowed.followedBy(official);
        savedSearch(foundWithoutAlerts.word, false);

        for (LocalDate day = closesOn.minusDays(20); !day.isAfter(closesOn.plusDays(2)); day = day.plusDays(1)) {
            runOnTwoInstancesAtOnce(day);
        }

        assertThat(subjects(found))
                .containsExactly(
                        "Sluit over 14 dagen: Proefitem " + found.word, "Sluit over 3 dagen: Proefitem " + found.word);
        assertThat(bodies(found).get(0))
                .contains("die uw bewaarde zoekopdracht \"Sluitingsdatums " + found.word + "\" vindt")
                .contains(links.pageUrl("saved-search-alerts", UUID.fromString(search)));
        assertThat(mails(alsoFollowed)).isEqualTo(2);
        assertThat(bodies(alsoFollowed)).allMatch(body -> body.contains("die u volgt"));
        assertThat(mails(foundWithoutAlerts)).isZero();
    }

    @Test
    void theUnsubscribeLinkOfASearchsAlertSwitchesItsAlertsOffAndKeepsTheSearch() {
        LocalDate closesOn = Funding.someDayFarAhead();
        Funding funding = Funding.closingOn(closesOn);
        String search = savedSearch(funding.word, true);
        alerts.sendDue(closesOn.minusDays(14));
        String oneClick = (String) outbox("unsubscribe_url", funding).get(0);

        given().contentType("application/x-www-form-urlencoded")
                .body("List-Unsubscribe=One-Click")
                .when()
                .post("/api/v1/unsubscriptions/{token}", oneClick.substring(oneClick.lastIndexOf('/') + 1))
                .then()
                .statusCode(200)
                .body("purpose", equalTo("saved-search-alerts"))
                .body("active", equalTo(false));
        alerts.sendDue(closesOn.minusDays(3));

        assertThat(mails(funding)).isEqualTo(1);
        given().header("Authorization", "Bearer " + official)
                .get("/api/v1/saved-searches/{id}", search)
                .then()
                .statusCode(200)
                .body("closingAlerts", equalTo(false))
                .body("paused", equalTo(false));
    }

    /** The official saves a search of funding for {@code word}, with closing-date alerts on or off; its id. */
    private String savedSearch(String word, boolean closingAlerts) {
        return given().header("Authorization", "Bearer " + official)
                .contentType("application/json")
                .body(java.util.Map.of(
                        "name",
                        "Sluitingsdatums " + word,
                        "kind",
                        "funding",
                        "q",
                        word,
                        "closingAlerts",
                        closingAlerts))
                .when()
                .post("/api/v1/saved-searches")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Two threads of their own (the common pool may have one on a small machine), released together. */
    private void runOnTwoInstancesAtOnce(LocalDate day) {
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> runs = List.of(1, 2).stream()
                    .map(instance -> CompletableFuture.supplyAsync(
                            () -> {
                                await(start);
                                return alerts.sendDue(day);
                            },
                            instances))
                    .toList();
            start.countDown();
            runs.forEach(CompletableFuture::join);
        } finally {
            instances.shutdown();
        }
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }

    private long mails(Funding funding) {
        return subjects(funding).size();
    }

    @SuppressWarnings("unchecked")
    private List<String> subjects(Funding funding) {
        return (List<String>) (List<?>) outbox("subject", funding);
    }

    @SuppressWarnings("unchecked")
    private List<String> bodies(Funding funding) {
        return (List<String>) (List<?>) outbox("body", funding);
    }

    @SuppressWarnings("unchecked")
    private List<Object> outbox(String column, Funding funding) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT " + column + " FROM mail_message WHERE subject LIKE ?1"
                                + " ORDER BY created_at")
                        .setParameter(1, "%" + funding.word)
                        .getResultList());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
