package nl.handreiking.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.handreiking.audit.FieldChange;

/**
 * Everything an editor can set on a catalogue item, for all kinds; fields of another kind stay null.
 * Each kind's request turns itself into this through {@link #of} and the {@link ItemFieldsBuilder}, so that one
 * service serves the three kinds.
 */
public record ItemFields(
        String slug,
        String title,
        String summary,
        String body,
        List<String> domains,
        List<String> audiences,
        List<String> organisationCodes,
        String sourceUrl,
        String url,
        String howToApply,
        String contact,
        String horizon,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate validFrom,
        LocalDate validTo,
        String legalBasis,
        BigDecimal totalBudgetEur,
        BigDecimal amountPerApplicantEur,
        String amountNote,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean openEnded,
        boolean windowEnded) {

    /** The shared fields of a request; a kind adds its own by name, the others stay empty. */
    public static ItemFieldsBuilder of(CatalogueRequest request) {
        return new ItemFieldsBuilder()
                .slug(request.slug())
                .title(request.title())
                .summary(request.summary())
                .body(request.body())
                .domains(request.domains())
                .audiences(request.audiences())
                .organisationCodes(request.organisationCodes())
                .sourceUrl(request.sourceUrl());
    }

    /** These fields as checked: with the slug to use, trimmed title and summary, and lists that never change. */
    ItemFields checked(String slug) {
        return new ItemFieldsBuilder(this)
                .slug(slug)
                .title(title.trim())
                .summary(summary.trim())
                .domains(List.copyOf(domains))
                .audiences(audiences == null ? List.of() : List.copyOf(audiences))
                .organisationCodes(organisationCodes == null ? List.of() : List.copyOf(organisationCodes))
                .build();
    }

    void applyTo(CatalogueItem item) {
        item.slug = slug;
        item.title = title;
        item.summary = summary;
        item.body = body == null ? "" : body;
        item.domains = domains;
        item.audiences = audiences == null ? List.of() : audiences;
        item.organisationCodes = organisationCodes == null ? List.of() : organisationCodes;
        item.sourceUrl = sourceUrl;
        item.url = url;
        item.howToApply = howToApply;
        item.contact = contact;
        item.horizon = horizon;
        item.periodStart = periodStart;
        item.periodEnd = periodEnd;
        item.validFrom = validFrom;
        item.validTo = validTo;
        item.legalBasis = legalBasis;
        item.totalBudgetEur = totalBudgetEur;
        item.amountPerApplicantEur = amountPerApplicantEur;
        item.amountNote = amountNote;
        item.opensOn = opensOn;
        item.closesOn = closesOn;
        item.openEnded = openEnded;
        item.windowEnded = windowEnded;
    }

    /** The fields of an item as text, by API name: what history compares between versions. */
    static Map<String, String> snapshot(CatalogueItem item) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", item.slug);
        fields.put("title", item.title);
        fields.put("summary", item.summary);
        fields.put("body", item.body);
        fields.put("domains", String.join(", ", item.domains));
        fields.put("audiences", String.join(", ", item.audiences));
        fields.put("organisationCodes", String.join(", ", item.organisationCodes));
        fields.put("status", item.status);
        fields.put("sourceUrl", item.sourceUrl);
        fields.put("url", item.url);
        fields.put("howToApply", item.howToApply);
        fields.put("contact", item.contact);
        fields.put("horizon", item.horizon);
        fields.put("periodStart", text(item.periodStart));
        fields.put("periodEnd", text(item.periodEnd));
        fields.put("validFrom", text(item.validFrom));
        fields.put("validTo", text(item.validTo));
        fields.put("legalBasis", item.legalBasis);
        fields.put(
                "totalBudgetEur",
                item.totalBudgetEur == null
                        ? null
                        : item.totalBudgetEur.stripTrailingZeros().toPlainString());
        fields.put(
                "amountPerApplicantEur",
                item.amountPerApplicantEur == null
                        ? null
                        : item.amountPerApplicantEur.stripTrailingZeros().toPlainString());
        fields.put("amountNote", item.amountNote);
        fields.put("opensOn", text(item.opensOn));
        fields.put("closesOn", text(item.closesOn));
        fields.put("openEnded", item.openEnded ? "true" : null);
        fields.put("windowEnded", item.windowEnded ? "true" : null);
        return fields;
    }

    /** The first version's changes: every field that has a value, from nothing to that value. */
    static List<FieldChange> asCreated(CatalogueItem item) {
        return snapshot(item).entrySet().stream()
                .filter(field -> field.getValue() != null && !field.getValue().isEmpty())
                .map(field -> FieldChange.of(field.getKey(), null, field.getValue()))
                .toList();
    }

    /** The field names of {@link #snapshot}, in order. */
    static List<String> names() {
        CatalogueItem blank = new CatalogueItem();
        blank.domains = List.of();
        blank.audiences = List.of();
        blank.organisationCodes = List.of();
        return List.copyOf(snapshot(blank).keySet());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
