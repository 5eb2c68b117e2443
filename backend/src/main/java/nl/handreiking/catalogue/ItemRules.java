package nl.handreiking.catalogue;

import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.handreiking.common.Messages;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Caller;
import nl.handreiking.identity.Role;
import nl.handreiking.identity.Scope;
import nl.handreiking.organisation.Organisation;

/** The rules a catalogue item must meet beyond its request's own constraints, and who may edit. */
final class ItemRules {

    static final Set<String> DOMAINS = Set.of("reception", "housing", "integration");
    static final Set<String> AUDIENCES =
            Set.of("municipality", "province", "housing-association", "coa", "ngo", "national-government");
    static final Set<String> HORIZONS = Set.of("short", "medium", "long");
    private static final int MAX_SLUG = 60;

    private ItemRules() {}

    /** Editors and systems with catalogue:write see drafts and archived items, and may change items. */
    static boolean canEdit(java.util.Optional<Caller> caller) {
        return caller.filter(c -> c.is(Role.EDITOR) || c.has(Scope.CATALOGUE_WRITE))
                .isPresent();
    }

    /** Published items are public; drafts and archived ones only for those who may edit the catalogue. */
    static boolean maySee(CatalogueItem item, java.util.Optional<Caller> caller) {
        return item.statusValue() == Status.PUBLISHED || canEdit(caller);
    }

    /** Checks the fields; the slug, when absent, is made from the title. Returns the fields with that slug. */
    static ItemFields check(Kind kind, ItemFields fields, UUID self) {
        QueryParams check = new QueryParams();
        allOf(check, "domains", fields.domains(), DOMAINS);
        allOf(check, "audiences", fields.audiences(), AUDIENCES);
        if (fields.domains() == null || fields.domains().isEmpty()) {
            check.reject("domains", Messages.text("reason.atLeastOneDomainNamed"));
        }
        if (fields.organisationCodes() != null) {
            fields.organisationCodes().stream()
                    .filter(code -> Organisation.findByIdOptional(code).isEmpty())
                    .findFirst()
                    .ifPresent(code ->
                            check.reject("organisationCodes", Messages.text("reason.unknownOrganisationCode", code)));
        }
        if (fields.horizon() != null && !HORIZONS.contains(fields.horizon())) {
            check.reject("horizon", Messages.text("reason.horizonValues"));
        }
        url(check, "sourceUrl", fields.sourceUrl());
        url(check, "url", fields.url());
        order(check, "periodEnd", fields.periodStart(), fields.periodEnd());
        order(check, "validTo", fields.validFrom(), fields.validTo());
        order(check, "closesOn", fields.opensOn(), fields.closesOn());
        if (fields.openEnded() && fields.windowEnded()) {
            check.reject("windowEnded", Messages.text("reason.windowEndedAndOpenEnded"));
        }
        String slug = fields.slug() == null || fields.slug().isBlank()
                ? unusedSlug(kind, slugOf(fields.title()), self)
                : fields.slug();
        if (!slug.matches("^[a-z0-9]+(-[a-z0-9]+)*$") || slug.length() > MAX_SLUG) {
            check.reject("slug", Messages.text("reason.slugFormat", MAX_SLUG));
        } else if (slugTaken(kind, slug, self)) {
            check.reject("slug", Messages.text("reason.slugTaken"));
        }
        check.throwIfInvalid();
        return fields.checked(slug);
    }

    private static void allOf(QueryParams check, String name, List<String> values, Set<String> allowed) {
        if (values != null) {
            values.stream()
                    .filter(v -> !allowed.contains(v))
                    .findFirst()
                    .ifPresent(v -> check.reject(
                            name,
                            Messages.text(
                                    "reason.invalidValueChoose",
                                    v,
                                    String.join(", ", allowed.stream().sorted().toList()))));
        }
    }

    private static void url(QueryParams check, String name, String value) {
        if (value == null) {
            return;
        }
        try {
            URI uri = URI.create(value);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                check.reject(name, Messages.text("reason.httpAddress"));
            }
        } catch (IllegalArgumentException e) {
            check.reject(name, Messages.text("reason.notAnAddressPlain"));
        }
    }

    private static void order(QueryParams check, String name, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            check.reject(name, Messages.text("reason.beforeStart"));
        }
    }

    static String slugOf(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        plain = plain.length() > MAX_SLUG - 4 ? plain.substring(0, MAX_SLUG - 4).replaceAll("-+$", "") : plain;
        return plain.isEmpty() ? "item" : plain;
    }

    private static String unusedSlug(Kind kind, String base, UUID self) {
        String slug = base;
        for (int n = 2; slugTaken(kind, slug, self); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean slugTaken(Kind kind, String slug, UUID self) {
        return CatalogueItem.count("kind = ?1 and slug = ?2 and id <> ?3", kind.apiValue(), slug, self) > 0;
    }
}
