package nl.handreiking.signal.submission;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.handreiking.common.HandreikingConfig;
import nl.handreiking.identity.Caller;
import nl.handreiking.signal.Moment;
import nl.handreiking.signal.Signal;
import nl.handreiking.signal.lifecycle.SignalTransitions;
import nl.handreiking.signal.lifecycle.TransitionRequest;
import nl.handreiking.user.Account;

/**
 * At first start with the embedded database: one example signal or question per theme of the letter, from
 * the demo municipalities and province, in several states and with their past dates, so that the queue,
 * the timelines and the dashboard show something. Each is marked as an example and sends no e-mail; the
 * team's texts say that they are examples and state no policy that no source supports.
 */
@ApplicationScoped
class SignalExamples {

    /** After the demo accounts (+1000), which submit and answer the examples. */
    private static final int STARTUP_AFTER_DEMO_ACCOUNTS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 1100;

    /** A step in an example's life: a transition some days after submission, by the submitter or the team. */
    record Step(String status, int afterDays, boolean bySubmitter, String text, String agendaItemId) {

        Step(String status, int afterDays, boolean bySubmitter, String text) {
            this(status, afterDays, bySubmitter, text, null);
        }
    }

    /** The agenda item "Uitvoeringsagenda Flexibilisering Asielketen als deel van de IUA" of the starting content. */
    static final String FLEXIBLE_CHAIN_AGENDA_ITEM = "a9c1e6f2-1b7d-4c33-8e51-2d4f6a8b0c04";

    /** One example: who submits it, how many days ago, and what happened since. */
    record Example(
            String type,
            String theme,
            String submitter,
            int daysAgo,
            String title,
            String description,
            List<Step> steps) {}

    static final String UTRECHT = "gemeente.utrecht@handreiking.test";
    static final String AMSTERDAM = "gemeente.amsterdam@handreiking.test";
    static final String GELDERLAND = "provincie.gelderland@handreiking.test";

    static final List<Example> EXAMPLES = List.of(
            new Example(
                    "signal",
                    "priority-groups",
                    GELDERLAND,
                    120,
                    "Voorrang voor vergunninghouders botst met andere urgente groepen",
                    "In meerdere Gelderse gemeenten staan vergunninghouders, dakloze jongeren en mensen die "
                            + "uitstromen uit de maatschappelijke opvang op dezelfde korte wachtlijst voor sociale "
                            + "huurwoningen. Wij vragen om een landelijke lijn voor de verdeling.",
                    List.of(
                            new Step("in_progress", 3, false, null),
                            new Step(
                                    "answered",
                                    20,
                                    false,
                                    "Voorbeeldantwoord: het team noemt hier wat het ondernam, bijvoorbeeld dat het "
                                            + "signaal is gedeeld met de werkgroep huisvesting aandachtsgroepen, en "
                                            + "verwijst naar de gekoppelde maatregel. Dit voorbeeld zegt niets over "
                                            + "beleid."),
                            new Step("closed", 30, true, null))),
            new Example(
                    "signal",
                    "flexible-asylum-chain",
                    GELDERLAND,
                    75,
                    "Tijdelijke opvanglocaties sluiten eerder dan afgesproken",
                    "Twee tijdelijke opvanglocaties in de provincie sluiten over drie maanden, terwijl de bezetting "
                            + "hoog blijft. Gemeenten vragen hoe de Uitvoeringsagenda Flexibilisering Asielketen "
                            + "hier op inspeelt.",
                    List.of(
                            new Step("in_progress", 2, false, null),
                            new Step(
                                    "forwarded",
                                    9,
                                    false,
                                    "Voorbeeldantwoord: het team stuurt het signaal door naar de actie van de "
                                            + "uitvoeringsagenda die erover gaat; de voortgang staat bij die actie.",
                                    FLEXIBLE_CHAIN_AGENDA_ITEM))),
            new Example(
                    "signal",
                    "housing-quota",
                    AMSTERDAM,
                    50,
                    "Achterstand taakstelling door lange doorlooptijd nareis",
                    "Amsterdam loopt achter op de taakstelling omdat gezinsleden via nareis later komen dan gepland; "
                            + "de woningen die voor hen zijn gereserveerd staan intussen leeg of zijn aan anderen "
                            + "toegewezen.",
                    List.of(
                            new Step("in_progress", 1, false, null),
                            new Step(
                                    "answered",
                                    8,
                                    false,
                                    "Voorbeeldantwoord: het team legt uit welke afspraken over de taakstelling "
                                            + "gelden en waar die staan, en verwijst naar de gekoppelde maatregel. "
                                            + "Dit voorbeeld zegt niets over hoe nareis telt."),
                            new Step("closed", 12, false, null))),
            new Example(
                    "signal",
                    "ind-processing-times",
                    UTRECHT,
                    40,
                    "Wachttijden IND vertragen uitstroom uit het azc",
                    "Statushouders die aan Utrecht zijn gekoppeld wachten lang op hun beschikking en daarmee op hun "
                            + "verhuizing. Wij horen graag wat de IND doet aan de doorlooptijden en wanneer dat "
                            + "effect heeft.",
                    List.of(new Step("in_progress", 2, false, null))),
            new Example(
                    "question",
                    "integration",
                    UTRECHT,
                    25,
                    "Brede intake bij vergunninghouders die nog in het azc wonen",
                    "Mogen wij de brede intake al doen terwijl de vergunninghouder nog in het azc in een andere "
                            + "gemeente woont, en wie betaalt dan de reiskosten?",
                    List.of()),
            new Example(
                    "question",
                    "other",
                    AMSTERDAM,
                    30,
                    "Vraag over parkeervergunningen bij een opvanglocatie",
                    "Kunnen medewerkers van de opvanglocatie een parkeervergunning van de gemeente krijgen, en onder welke regeling?",
                    List.of(new Step(
                            "rejected",
                            3,
                            false,
                            "Voorbeeldantwoord: deze vraag hoort niet bij het ondersteuningsteam. Het team "
                                    + "zegt waarom, en bij wie de vraag wel past."))),
            new Example(
                    "question",
                    "housing-finance",
                    UTRECHT,
                    6,
                    "Welke regeling vergoedt tijdelijke huisvesting voor vergunninghouders?",
                    "Wij willen een leegstaand kantoor ombouwen tot tijdelijke woonruimte voor vergunninghouders en "
                            + "jongeren. Welke financiering is daarvoor open voor gemeenten, en tot wanneer?",
                    List.of(new Step(
                            "answered",
                            4,
                            false,
                            "Voorbeeldantwoord: het team koppelt de maatregel en de financiering die passen, "
                                    + "en verwijst naar het overzicht financiering voor de aanvraagperiode."))),
            new Example(
                    "signal",
                    "public-support",
                    AMSTERDAM,
                    1,
                    "Zorgen van omwonenden over een nieuwe opvanglocatie",
                    "Bij de informatieavond over een nieuwe opvanglocatie bleek veel onrust. Wij zoeken voorbeelden "
                            + "van gemeenten die omwonenden goed bij de opvang hebben betrokken.",
                    List.of()));

    private final SignalIntake intake;
    private final SignalTransitions transitions;
    private final HandreikingConfig config;

    SignalExamples(SignalIntake intake, SignalTransitions transitions, HandreikingConfig config) {
        this.intake = intake;
        this.transitions = transitions;
        this.config = config;
    }

    @Transactional
    void load(@Observes @Priority(STARTUP_AFTER_DEMO_ACCOUNTS) StartupEvent start) {
        if (!config.database().embedded()
                || Signal.find("example", true).firstResultOptional().isPresent()) {
            return;
        }
        Optional<Caller> team =
                Account.findByEmail("team@jenv.handreiking.test").map(Account::toCaller);
        if (team.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        EXAMPLES.stream()
                .sorted(Comparator.comparing(Example::daysAgo).reversed())
                .forEach(example -> {
                    Caller submitter = Account.findByEmail(example.submitter())
                            .map(Account::toCaller)
                            .orElseThrow();
                    OffsetDateTime submittedAt =
                            now.minusDays(example.daysAgo()).withHour(9).withMinute(30);
                    Signal signal = intake.submit(
                            new SignalRequest(
                                    example.type(), example.theme(), example.title(), example.description(), null),
                            submitter,
                            Moment.past(submittedAt));
                    signal.example = true;
                    example.steps()
                            .forEach(step -> transitions.move(
                                    signal.id,
                                    new TransitionRequest(step.status(), step.text(), step.agendaItemId()),
                                    step.bySubmitter() ? submitter : team.get(),
                                    Moment.past(submittedAt
                                            .plusDays(step.afterDays())
                                            .withHour(14))));
                });
        Log.infof("Example signals created: %d", EXAMPLES.size());
    }
}
