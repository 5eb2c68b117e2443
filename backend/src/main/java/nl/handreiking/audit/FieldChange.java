package nl.handreiking.audit;

import java.util.UUID;

/**
 * A field that changed, with its value before and after as text, as a history keeps it. For a link,
 * {@code linked} is the other item, so that its title is shown only to those who may see that item.
 */
public record FieldChange(String field, String from, String to, UUID linked) {

    /** A change of a plain field (no link). */
    public static FieldChange of(String field, String from, String to) {
        return new FieldChange(field, from, to, null);
    }
}
