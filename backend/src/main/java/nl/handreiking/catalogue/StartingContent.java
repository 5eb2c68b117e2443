package nl.handreiking.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.handreiking.audit.Actor;
import nl.handreiking.audit.AuditLog;
import nl.handreiking.common.StartingData;

/**
 * The real starting content of the 2021 Handreiking (data/catalogue/starting-content.json), loaded at start
 * for every item that is not there yet: published, with a first version by the system. An item an editor
 * has since changed, archived or linked is never touched again.
 */
@ApplicationScoped
public class StartingContent {

    private static final String FILE = "data/catalogue/starting-content.json";
    private static final int AFTER_REFERENCE_DATA = jakarta.interceptor.Interceptor.Priority.APPLICATION + 600;

    private final EntityManager em;
    private final AuditLog audit;
    private final StartingData startingData;

    StartingContent(EntityManager em, AuditLog audit, StartingData startingData) {
        this.startingData = startingData;
        this.em = em;
        this.audit = audit;
    }

    /** The file's shape. */
    record Content(
            List<OrganisationEntry> organisations, List<Entry> tasks, List<Entry> measures, List<Entry> funding) {}

    record OrganisationEntry(
            String code,
            String abbreviation,
            String name,
            String nameEn,
            String kind,
            String description,
            String sourceUrl) {}

    /** One item of any kind; fields of other kinds are absent from its JSON. */
    record Entry(
            String key,
            String slug,
            String title,
            String summary,
            String body,
            List<String> domains,
            List<String> audiences,
            List<String> organisations,
            String horizon,
            LocalDate periodStart,
            LocalDate periodEnd,
            String howToApply,
            String contact,
            String url,
            LocalDate validFrom,
            LocalDate validTo,
            String legalBasis,
            BigDecimal totalBudgetEur,
            BigDecimal amountPerApplicantEur,
            String amountNote,
            LocalDate opensOn,
            LocalDate closesOn,
            boolean openEnded,
            boolean windowEnded,
            String sourceUrl,
            List<String> links,
            LocalDate lastChanged) {

        ItemFields fields() {
            return new ItemFieldsBuilder()
                    .slug(slug)
                    .title(title)
                    .summary(summary)
                    .body(body)
                    .domains(domains)
                    .audiences(audiences)
                    .organisationCodes(organisations)
                    .sourceUrl(sourceUrl)
                    .url(url)
                    .howToApply(howToApply)
                    .contact(contact)
                    .horizon(horizon)
                    .period(periodStart, periodEnd)
                    .valid(validFrom, validTo)
                    .legalBasis(legalBasis)
                    .amounts(totalBudgetEur, amountPerApplicantEur, amountNote)
                    .window(opensOn, closesOn, openEnded, windowEnded)
                    .build();
        }
    }

    /** The stable id of a starting item: the same on every installation. */
    static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("handreiking:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    void load(@Observes @Priority(AFTER_REFERENCE_DATA) StartupEvent start) {
        if (startingData.upToDate(StartingContent.class, FILE)) {
            return;
        }
        Content content = read();
        content.organisations().forEach(this::organisation);
        List<Entry> added = new ArrayList<>();
        Map<Kind, List<Entry>> byKind =
                Map.of(Kind.TASK, content.tasks(), Kind.MEASURE, content.measures(), Kind.FUNDING, content.funding());
        // one query for the items already there, instead of loading each whole item at every start
        List<UUID> ids = byKind.values().stream()
                .flatMap(List::stream)
                .map(entry -> idOf(entry.key()))
                .toList();
        Set<UUID> present =
                new HashSet<>(em.createQuery("select i.id from CatalogueItem i where i.id in :ids", UUID.class)
                        .setParameter("ids", ids)
                        .getResultList());
        byKind.forEach((kind, entries) -> entries.stream()
                .filter(entry -> !present.contains(idOf(entry.key())))
                .filter(entry -> insert(kind, entry))
                .forEach(added::add));
        for (Entry entry : added) {
            for (String key : entry.links()) {
                em.createNativeQuery("INSERT INTO catalogue_link VALUES (?1, ?2), (?2, ?1) ON CONFLICT DO NOTHING")
                        .setParameter(1, idOf(entry.key()))
                        .setParameter(2, idOf(key))
                        .executeUpdate();
            }
        }
        if (!added.isEmpty()) {
            Log.infof("Starting content loaded: %d catalogue items", added.size());
        }
    }

    private boolean insert(Kind kind, Entry entry) {
        UUID id = idOf(entry.key());
        if (CatalogueItem.findByIdOptional(id).isPresent()) {
            return false;
        }
        // "last changed" is when the content changed (the newest fact it holds), not when this database was filled
        OffsetDateTime now = entry.lastChanged() == null
                ? OffsetDateTime.now()
                : entry.lastChanged()
                        .atStartOfDay(java.time.ZoneId.of("Europe/Amsterdam"))
                        .toOffsetDateTime();
        CatalogueItem item = new CatalogueItem();
        item.id = id;
        item.kind = kind.apiValue();
        item.status = Status.PUBLISHED.apiValue();
        item.version = 1;
        item.createdAt = now;
        item.updatedAt = now;
        entry.fields().applyTo(item);
        item.persist();
        CatalogueVersion version = new CatalogueVersion();
        version.itemId = id;
        version.version = 1;
        version.stamp(Actor.system("Startinhoud Handreiking 2021"), now, "created");
        version.changes = ItemFields.asCreated(item);
        version.persist();
        audit.recordSystem("created", kind.apiValue(), id.toString(), item.title + " (startinhoud)");
        return true;
    }

    private void organisation(OrganisationEntry o) {
        em.createNativeQuery("""
                INSERT INTO organisation (code, abbreviation, name, name_en, kind, support_team, description, source_url)
                VALUES (?1, ?2, ?3, ?4, ?5, false, ?6, ?7) ON CONFLICT (code) DO NOTHING
                """)
                .setParameter(1, o.code())
                .setParameter(2, o.abbreviation())
                .setParameter(3, o.name())
                .setParameter(4, o.nameEn())
                .setParameter(5, o.kind())
                .setParameter(6, o.description())
                .setParameter(7, o.sourceUrl())
                .executeUpdate();
    }

    private static Content read() {
        ObjectMapper json = new ObjectMapper()
                .findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in =
                Objects.requireNonNull(StartingContent.class.getClassLoader().getResourceAsStream(FILE), FILE)) {
            return json.readValue(in, Content.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + FILE, e);
        }
    }
}
