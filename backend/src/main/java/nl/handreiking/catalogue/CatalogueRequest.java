package nl.handreiking.catalogue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.handreiking.common.SingleLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A kind's request body: the fields every kind shares, checked here once; each kind extends it with its own
 * fields and says in {@link #toFields} how they go into the one service of all kinds. Jackson binds the fields
 * directly (an unknown field is still a 400); nothing changes them after that.
 */
@JsonAutoDetect(
        fieldVisibility = Visibility.ANY,
        getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public abstract class CatalogueRequest {

    @SingleLine
    @Size(max = 60, message = "{hr.maxLength}")
    @Schema(description = "Leeg: gemaakt uit de titel.", nullable = true, examples = "huisvesting-vergunninghouders")
    private String slug;

    @SingleLine
    @NotBlank(message = "{hr.required}")
    @Size(max = 200, message = "{hr.maxLength}")
    @Schema(required = true, examples = "Huisvesting vergunninghouders")
    private String title;

    @NotBlank(message = "{hr.required}")
    @Size(max = 600, message = "{hr.maxLength}")
    @Schema(required = true, examples = "Gemeenten huisvesten vergunninghouders volgens de taakstelling per halfjaar.")
    private String summary;

    @Size(max = 20000, message = "{hr.maxLength}")
    @Schema(nullable = true)
    private String body;

    @NotEmpty(message = "{hr.atLeastOneDomain}")
    @Schema(required = true, examples = "[\"housing\"]")
    private List<String> domains;

    @Schema(nullable = true, examples = "[\"municipality\"]")
    private List<String> audiences;

    @Schema(nullable = true, examples = "[\"COA\"]")
    private List<String> organisationCodes;

    @SingleLine
    @Size(max = 500, message = "{hr.maxLength}")
    @Schema(nullable = true, examples = "https://www.rijksoverheid.nl")
    private String sourceUrl;

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public String body() {
        return body;
    }

    public List<String> domains() {
        return domains;
    }

    public List<String> audiences() {
        return audiences;
    }

    public List<String> organisationCodes() {
        return organisationCodes;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    /** The shared fields through {@link ItemFields#of}, with the kind's own added by name. */
    public abstract ItemFields toFields();
}
