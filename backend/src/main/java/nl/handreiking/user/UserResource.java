package nl.handreiking.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import nl.handreiking.common.Messages;
import nl.handreiking.common.Page;
import nl.handreiking.common.PageRequest;
import nl.handreiking.common.PathId;
import nl.handreiking.common.ProblemException;
import nl.handreiking.common.QueryParams;
import nl.handreiking.identity.CurrentCaller;
import nl.handreiking.identity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of people, for administrators. */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "Accounts van personen (alleen beheerders).")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_ROLE)
public class UserResource {

    private final UserService service;
    private final CurrentCaller caller;

    UserResource(UserService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listUsers",
            summary = "Accounts",
            description = "Alle accounts op e-mailadres; te filteren op rol, actief en tekst.")
    public Page<UserView> list(
            @QueryParam("role")
                    @Parameter(
                            description = "Alleen deze rol.",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"municipality", "province", "support", "editor", "admin"}))
                    String role,
            @QueryParam("active")
                    @Parameter(
                            description = "Alleen actieve (true) of gedeactiveerde (false) accounts.",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String active,
            @QueryParam("q")
                    @Parameter(
                            description = "Zoekt in e-mailadres en naam.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))
                    String q,
            @BeanParam PageRequest paging) {
        QueryParams params = new QueryParams();
        var filter = new UserService.Filter(
                params.oneOf("role", role, Role.class), params.bool("active", active), params.text("q", q, 100));
        var bounds = paging.read(params);
        params.throwIfInvalid();
        return service.list(filter, bounds).map(UserView::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Eén account")
    public UserView get(@PathParam("id") @Parameter(description = "Id van het account.") String id) {
        return service.find(PathId.parse(id)).map(UserView::from).orElseThrow(UserResource::noUser);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Account aanmaken")
    @APIResponse(
            responseCode = "201",
            description = "Aangemaakt.",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "409", description = "Er is al een account met dit e-mailadres.")
    public Response create(@Valid @NotNull UserRequest request) {
        Account account = service.create(request, caller.get());
        return Response.created(URI.create("users/" + account.id))
                .entity(UserView.from(account))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(
            operationId = "changeUser",
            summary = "Account wijzigen of deactiveren",
            description =
                    "Wijzigt naam of status. Met active=false kan de persoon zich niet meer aanmelden en werken zijn "
                            + "tokens vanaf de volgende aanroep niet meer.")
    public UserView change(
            @PathParam("id") @Parameter(description = "Id van het account.") String id,
            @Valid @NotNull UserChange change) {
        return service.change(PathId.parse(id), change, caller.get())
                .map(UserView::from)
                .orElseThrow(UserResource::noUser);
    }

    @POST
    @Path("/{id}/password-resets")
    @Operation(
            operationId = "resetUserPassword",
            summary = "Wachtwoord opnieuw instellen",
            description =
                    "Maakt een tijdelijk wachtwoord (één keer getoond) en beëindigt alle sessies van het account.")
    @APIResponse(
            responseCode = "201",
            description = "Tijdelijk wachtwoord.",
            content = @Content(schema = @Schema(implementation = PasswordResetView.class)))
    public Response resetPassword(@PathParam("id") @Parameter(description = "Id van het account.") String id) {
        UUID accountId = PathId.parse(id);
        String temporary = service.resetPassword(accountId, caller.get()).orElseThrow(UserResource::noUser);
        return Response.status(201).entity(new PasswordResetView(temporary)).build();
    }

    private static ProblemException noUser() {
        return ProblemException.notFound(Messages.text("detail.noAccount"));
    }
}
