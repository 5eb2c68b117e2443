package nl.handreiking.catalogue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import nl.handreiking.common.PageRequest;

/** A validated catalogue search: text, filters, order and page. Empty means "any". */
public record SearchQuery(
        Optional<String> text,
        Optional<String> domain,
        Optional<String> audience,
        Optional<String> organisation,
        Optional<Status> status,
        Optional<LocalDate> openOn,
        Optional<LocalDate> closesBefore,
        Optional<OffsetDateTime> changedSince,
        Sort sort,
        PageRequest.Bounds bounds) {

    /** The same search with another text (a suggested correction). */
    SearchQuery withText(String other) {
        return new SearchQuery(
                Optional.of(other),
                domain,
                audience,
                organisation,
                status,
                openOn,
                closesBefore,
                changedSince,
                sort,
                bounds);
    }

    /** The orders a search can have; relevance needs a search text, closing date only means something for funding. */
    public enum Sort implements nl.handreiking.common.ApiEnum {
        RELEVANCE("relevance"),
        TITLE("title"),
        CLOSES_ON("closesOn"),
        UPDATED_AT("updatedAt");

        private final String apiValue;

        Sort(String apiValue) {
            this.apiValue = apiValue;
        }

        @Override
        public String apiValue() {
            return apiValue;
        }
    }
}
