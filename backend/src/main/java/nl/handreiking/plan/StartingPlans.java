package nl.handreiking.plan;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.handreiking.common.StartingData;
import nl.handreiking.region.Region;

/**
 * At start: a plan for every province that has none, asked for when the LRT agreed the flexible asylum
 * chain agenda (19 June 2020); whether it was delivered is unknown. The provinces exist only after the
 * region loader has run.
 */
@ApplicationScoped
public class StartingPlans {

    /** After the regions (default priority). */
    private static final int STARTUP_AFTER_REGIONS = jakarta.interceptor.Interceptor.Priority.APPLICATION + 650;

    static final String UNKNOWN_NOTE =
            "Gevraagd op 19 juni 2020. Of en wanneer deze provincie het plan opleverde, staat niet in de bronnen. "
                    + "In oktober 2021 had volgens de VNG één provincie een afgerond plan; welke, is niet gemeld (NOS, oktober 2021).";
    static final String REQUEST_SOURCE =
            "https://www.rijksoverheid.nl/actueel/nieuws/2020/06/19/overeenstemming-over-flexibele-opvang-asielzoekers";

    /** A plan for every province: the provinces' file is part of what is loaded. */
    private static final String PROVINCES = "data/regions/provincies-2021.csv";

    private final StartingData startingData;

    StartingPlans(StartingData startingData) {
        this.startingData = startingData;
    }

    @Transactional
    void load(@Observes @Priority(STARTUP_AFTER_REGIONS) StartupEvent start) {
        if (startingData.upToDate(StartingPlans.class, PROVINCES)) {
            return;
        }
        int added = 0;
        for (Region province : Region.<Region>list("type = 'province'")) {
            if (ProvincialPlan.findById(province.code) == null) {
                ProvincialPlan plan = new ProvincialPlan();
                plan.provinceCode = province.code;
                plan.status = "unknown"; // asked for on 19 June 2020; no source says whether it was delivered
                plan.note = UNKNOWN_NOTE;
                plan.requestedOn = LocalDate.of(2020, 6, 19);
                plan.source = REQUEST_SOURCE;
                if (province.code.equals("PV20")) {
                    plan.note =
                            "De provinciale regietafel onder leiding van de commissaris van de Koning concludeerde dat in Groningen geen nieuwe "
                                    + "opvanglocaties nodig zijn (Ter Apel, Delfzijl, Musselkanaal). " + UNKNOWN_NOTE;
                    plan.source =
                            "https://groningerkrant.nl/provincie/geen-nieuwe-opvangplekken-voor-vluchtelingen-nodig-in-groningen/";
                }
                plan.version = 1;
                plan.updatedAt = OffsetDateTime.of(2021, 2, 12, 0, 0, 0, 0, ZoneOffset.ofHours(1));
                plan.persist();
                added++;
            }
        }
        if (added > 0) {
            Log.infof("Provincial plans created: %d", added);
        }
    }
}
