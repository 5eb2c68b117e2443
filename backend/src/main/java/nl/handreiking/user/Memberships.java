package nl.handreiking.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import nl.handreiking.common.Messages;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.Role;
import nl.handreiking.organisation.Organisation;
import nl.handreiking.region.Region;

/**
 * Checks that an account or client belongs where its role says: a municipal official to a municipality,
 * a provincial one to a province, support-team members to one of the six support-team organisations,
 * editors and administrators to a known organisation.
 */
@ApplicationScoped
public class Memberships {

    void check(QueryParams check, Role role, String organisationCode, String regionCode) {
        switch (role) {
            case MUNICIPALITY ->
                region(check, regionCode, "GM", Messages.text("expect.municipalityCode", "GM0344"), organisationCode);
            case PROVINCE ->
                region(check, regionCode, "PV", Messages.text("expect.provinceCode", "PV25"), organisationCode);
            case SUPPORT, EDITOR, ADMIN -> organisation(check, organisationCode, role == Role.SUPPORT, regionCode);
        }
    }

    /** For an API client: optional, but when given it must exist. */
    public void checkOptional(QueryParams check, String organisationCode, String regionCode) {
        if (organisationCode != null
                && !organisationCode.isBlank()
                && findOrganisation(organisationCode).isEmpty()) {
            check.reject("organisationCode", Messages.text("reason.unknownOrganisation"));
        }
        if (regionCode != null
                && !regionCode.isBlank()
                && Region.findByIdOptional(regionCode).isEmpty()) {
            check.reject("regionCode", Messages.text("reason.unknownRegion"));
        }
    }

    private void region(QueryParams check, String regionCode, String prefix, String expected, String organisationCode) {
        if (regionCode == null
                || !regionCode.startsWith(prefix)
                || Region.findByIdOptional(regionCode).isEmpty()) {
            check.reject("regionCode", Messages.text("reason.existingRegion", expected));
        }
        if (organisationCode != null && !organisationCode.isBlank()) {
            check.reject("organisationCode", Messages.text("reason.notForRole"));
        }
    }

    private void organisation(QueryParams check, String organisationCode, boolean supportTeam, String regionCode) {
        Optional<Organisation> organisation =
                organisationCode == null ? Optional.empty() : findOrganisation(organisationCode);
        if (organisation.isEmpty()) {
            check.reject("organisationCode", Messages.text("reason.knownOrganisationExample"));
        } else if (supportTeam && !organisation.get().supportTeam) {
            check.reject("organisationCode", Messages.text("reason.supportOrganisation"));
        }
        if (regionCode != null && !regionCode.isBlank()) {
            check.reject("regionCode", Messages.text("reason.notForRole"));
        }
    }

    private static Optional<Organisation> findOrganisation(String code) {
        return Organisation.findByIdOptional(code);
    }
}
