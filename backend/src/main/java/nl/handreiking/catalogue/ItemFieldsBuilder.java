package nl.handreiking.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds {@link ItemFields} by name, in the groups that belong together; what a kind does not set stays null. */
public final class ItemFieldsBuilder {

    private String slug;
    private String title;
    private String summary;
    private String body;
    private List<String> domains;
    private List<String> audiences;
    private List<String> organisationCodes;
    private String sourceUrl;
    private String url;
    private String howToApply;
    private String contact;
    private String horizon;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String legalBasis;
    private BigDecimal totalBudgetEur;
    private BigDecimal amountPerApplicantEur;
    private String amountNote;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private boolean openEnded;
    private boolean windowEnded;

    ItemFieldsBuilder() {}

    ItemFieldsBuilder(ItemFields from) {
        slug(from.slug())
                .title(from.title())
                .summary(from.summary())
                .body(from.body())
                .domains(from.domains())
                .audiences(from.audiences())
                .organisationCodes(from.organisationCodes())
                .sourceUrl(from.sourceUrl())
                .url(from.url())
                .howToApply(from.howToApply())
                .contact(from.contact())
                .horizon(from.horizon())
                .period(from.periodStart(), from.periodEnd())
                .valid(from.validFrom(), from.validTo())
                .legalBasis(from.legalBasis())
                .amounts(from.totalBudgetEur(), from.amountPerApplicantEur(), from.amountNote())
                .window(from.opensOn(), from.closesOn(), from.openEnded(), from.windowEnded());
    }

    ItemFieldsBuilder slug(String value) {
        slug = value;
        return this;
    }

    ItemFieldsBuilder title(String value) {
        title = value;
        return this;
    }

    ItemFieldsBuilder summary(String value) {
        summary = value;
        return this;
    }

    ItemFieldsBuilder body(String value) {
        body = value;
        return this;
    }

    ItemFieldsBuilder domains(List<String> value) {
        domains = value;
        return this;
    }

    ItemFieldsBuilder audiences(List<String> value) {
        audiences = value;
        return this;
    }

    ItemFieldsBuilder organisationCodes(List<String> value) {
        organisationCodes = value;
        return this;
    }

    ItemFieldsBuilder sourceUrl(String value) {
        sourceUrl = value;
        return this;
    }

    /** The official page of a measure or funding. */
    public ItemFieldsBuilder url(String value) {
        url = value;
        return this;
    }

    public ItemFieldsBuilder howToApply(String value) {
        howToApply = value;
        return this;
    }

    public ItemFieldsBuilder contact(String value) {
        contact = value;
        return this;
    }

    /** A task's term: short, medium or long. */
    public ItemFieldsBuilder horizon(String value) {
        horizon = value;
        return this;
    }

    /** A task's period. */
    public ItemFieldsBuilder period(LocalDate start, LocalDate end) {
        periodStart = start;
        periodEnd = end;
        return this;
    }

    /** When a measure is valid. */
    public ItemFieldsBuilder valid(LocalDate from, LocalDate to) {
        validFrom = from;
        validTo = to;
        return this;
    }

    public ItemFieldsBuilder legalBasis(String value) {
        legalBasis = value;
        return this;
    }

    /** A funding's money: the total budget, the amount per applicant, and a note on both. */
    public ItemFieldsBuilder amounts(BigDecimal totalBudget, BigDecimal perApplicant, String note) {
        totalBudgetEur = totalBudget;
        amountPerApplicantEur = perApplicant;
        amountNote = note;
        return this;
    }

    /** A funding's application window, and whether a source says it is open-ended or over. */
    public ItemFieldsBuilder window(LocalDate opens, LocalDate closes, boolean isOpenEnded, boolean hasEnded) {
        opensOn = opens;
        closesOn = closes;
        openEnded = isOpenEnded;
        windowEnded = hasEnded;
        return this;
    }

    public ItemFields build() {
        return new ItemFields(
                slug,
                title,
                summary,
                body,
                domains,
                audiences,
                organisationCodes,
                sourceUrl,
                url,
                howToApply,
                contact,
                horizon,
                periodStart,
                periodEnd,
                validFrom,
                validTo,
                legalBasis,
                totalBudgetEur,
                amountPerApplicantEur,
                amountNote,
                opensOn,
                closesOn,
                openEnded,
                windowEnded);
    }
}
