package nl.handreiking.signal;

import static nl.handreiking.common.Api.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.handreiking.common.SignIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table, tried move by move: every allowed move works, every other one is refused and changes nothing. */
@QuarkusTest
class SignalWorkflowTest {

    private static final List<String> STATUSES =
            Arrays.stream(SignalStatus.values()).map(SignalStatus::apiValue).toList();

    /** One expected move: written out here, apart from {@link SignalWorkflow#TABLE}, so that a change there has to be made twice. */
    private record Expected(String name, String from, String to, SignalWorkflow.Party by, boolean textRequired) {}

    /** The lifecycle as PRODUCT.md describes it: who may move a signal from which status to which, and when a text is required. */
    private static final List<Expected> EXPECTED = """
            start   submitted   in_progress SUPPORT   no
            answer  submitted   answered    SUPPORT   text
            reject  submitted   rejected    SUPPORT   text
            answer  in_progress answered    SUPPORT   text
            forward in_progress forwarded   SUPPORT   no
            reject  in_progress rejected    SUPPORT   text
            close   answered    closed      SUPPORT   no
            close   answered    closed      SUBMITTER no
            reopen  answered    in_progress SUBMITTER text
            close   forwarded   closed      SUPPORT   no
            """.lines()
            .map(line -> line.trim().split("\\s+"))
            .map(f -> new Expected(f[0], f[1], f[2], SignalWorkflow.Party.valueOf(f[3]), f[4].equals("text")))
            .toList();

    @Inject
    EntityManager em;

    /** Signed in once for the class: 72 cases need no 72 × 4 sign-ins. */
    private static Desk desk;

    @BeforeEach
    void openDesk() {
        if (desk == null) {
            desk = new Desk();
        }
    }

    /** Every status × every next status × both parties: 72 cases, each with what the table says should happen. */
    static Stream<Arguments> everyMove() {
        List<Arguments> cases = new ArrayList<>();
        for (String from : STATUSES) {
            for (String to : STATUSES) {
                for (SignalWorkflow.Party party : SignalWorkflow.Party.values()) {
                    cases.add(Arguments.of(from, to, party));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{2}: {0} → {1}")
    @MethodSource("everyMove")
    void everyMoveOfTheTableWorksAndEveryOtherIsRefused(String from, String to, SignalWorkflow.Party party) {
        String id = desk.submittedAndMovedTo(from);
        Optional<Expected> move = find(from, to, party);
        boolean otherPartyMay = find(
                        from,
                        to,
                        party == SignalWorkflow.Party.SUPPORT
                                ? SignalWorkflow.Party.SUBMITTER
                                : SignalWorkflow.Party.SUPPORT)
                .isPresent();
        var response = Desk.move(
                        party == SignalWorkflow.Party.SUPPORT ? desk.support : desk.utrecht,
                        id,
                        to,
                        "Waarom: " + from + " naar " + to)
                .then();
        if (move.isPresent()) {
            response.statusCode(200).body("status", equalTo(to));
            assertThat(lastTransition(id))
                    .containsExactly(move.get().name(), from, to, "Waarom: " + from + " naar " + to);
        } else if (otherPartyMay) {
            assertProblem(response, 403);
            assertThat(desk.statusOf(id)).isEqualTo(from);
        } else {
            assertProblem(response, 409)
                    .body("detail", containsString("status " + from))
                    .body("detail", containsString("Toegestane volgende statussen"));
            assertThat(desk.statusOf(id)).isEqualTo(from);
        }
    }

    static Stream<Expected> movesThatNeedAText() {
        return EXPECTED.stream().filter(Expected::textRequired);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("movesThatNeedAText")
    void aMoveThatNeedsATextIsRefusedWithoutOne(Expected move) {
        String id = desk.submittedAndMovedTo(move.from());
        String token = move.by() == SignalWorkflow.Party.SUPPORT ? desk.support : desk.utrecht;
        assertProblem(Desk.move(token, id, move.to(), "   ").then(), 400)
                .body("invalidParams[0].name", equalTo("text"));
        assertThat(desk.statusOf(id)).isEqualTo(move.from());
    }

    @Test
    void aMoveIsAuditedWithItsStatusesAsValuesNotAsCodesInTheSummary() {
        String id = desk.submittedAndMovedTo("in_progress");
        String reference = Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .extract()
                .path("reference");
        Desk.move(desk.support, id, "answered", "Zo zit het").then().statusCode(200);
        Desk.as(SignIn.as("admin"))
                .queryParam("entityType", "signal")
                .queryParam("entityId", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("answer"))
                .body("items[0].summary", equalTo(reference))
                .body("items[0].change.field", equalTo("status"))
                .body("items[0].change.from", equalTo("in_progress"))
                .body("items[0].change.to", equalTo("answered"));
    }

    @Test
    void theConflictNamesTheCurrentStatusAndTheAllowedNextOnes() {
        String id = desk.submittedAndMovedTo("in_progress");
        assertProblem(Desk.move(desk.support, id, "closed", null).then(), 409)
                .body(
                        "detail",
                        equalTo(
                                "Het signaal heeft status in_progress. Toegestane volgende statussen: answered, forwarded, rejected."));
    }

    @Test
    void theSignalOffersOnlyTheMovesOfTheCallersSide() {
        String id = desk.submittedAndMovedTo("answered");
        Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .body("allowedTransitions.name", equalTo(List.of("close")));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .statusCode(200)
                .body("allowedTransitions.name", equalTo(List.of("close", "reopen")))
                .body("allowedTransitions.find { it.name == 'reopen' }.textRequired", equalTo(true))
                .body("reopenUntil", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theSubmitterCannotReopenMoreThanFourteenDaysAfterTheAnswer() {
        String id = desk.submittedAndMovedTo("answered");
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE signal SET answered_at = ?1 WHERE id = ?2")
                        .setParameter(1, OffsetDateTime.now().minusDays(15))
                        .setParameter(2, UUID.fromString(id))
                        .executeUpdate());
        assertProblem(
                        Desk.move(desk.utrecht, id, "in_progress", "Het antwoord helpt niet")
                                .then(),
                        409)
                .body("detail", containsString("termijn om te heropenen"));
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id)
                .then()
                .body("allowedTransitions.name", equalTo(List.of("close")));
        assertThat(desk.statusOf(id)).isEqualTo("answered");
    }

    @Test
    void reopeningGivesANewTermAndKeepsTheFirstAnswerForTheFigures() {
        String id = desk.submittedAndMovedTo("answered");
        Desk.move(desk.utrecht, id, "in_progress", "Het antwoord gaat niet over onze gemeente")
                .then()
                .statusCode(200)
                .body("status", equalTo("in_progress"))
                .body("answer", equalTo("Tekst bij answered"));
        Desk.move(desk.support, id, "answered", "Een beter antwoord")
                .then()
                .statusCode(200)
                .body("answer", equalTo("Een beter antwoord"));
        Object firstAnswered = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT count(*) FROM signal WHERE id = ?1 AND first_answered_at < answered_at")
                        .setParameter(1, UUID.fromString(id))
                        .getSingleResult());
        assertThat(((Number) firstAnswered).intValue()).isEqualTo(1);
        Desk.as(desk.utrecht)
                .when()
                .get("/api/v1/signals/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("transition", equalTo(List.of("answer", "reopen", "answer")))
                .body("[1].text", equalTo("Het antwoord gaat niet over onze gemeente"))
                .body("[1].actorName", equalTo("Gemeente Utrecht (demo)"));
    }

    @Test
    void anUnknownStatusIsABadRequest() {
        String id = desk.submit();
        assertProblem(Desk.move(desk.support, id, "done", null).then(), 400)
                .body("invalidParams[0].name", equalTo("status"));
        Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id + "/history")
                .then()
                .body("", hasSize(1))
                .body("[0].transition", nullValue());
    }

    private static Optional<Expected> find(String from, String to, SignalWorkflow.Party party) {
        return EXPECTED.stream()
                .filter(m -> m.from().equals(from) && m.to().equals(to) && m.by() == party)
                .findFirst();
    }

    private List<Object> lastTransition(String id) {
        List<java.util.Map<String, Object>> transitions = Desk.as(desk.support)
                .when()
                .get("/api/v1/signals/" + id + "/transitions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        var last = transitions.get(transitions.size() - 1);
        return Arrays.asList(last.get("transition"), last.get("fromStatus"), last.get("toStatus"), last.get("text"));
    }
}
