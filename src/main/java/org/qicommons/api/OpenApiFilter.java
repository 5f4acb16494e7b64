package org.qicommons.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Finishes the generated OpenAPI document (registered as {@code mp.openapi.filter}): only the API's
 * own paths, written as templates without their regular expressions; the bearer token as a security
 * scheme (optional: most reads work anonymously); and the errors every operation can answer, each an
 * {@code application/problem+json} {@link Problem}, so a client generated from it knows them.
 */
public class OpenApiFilter implements OASFilter {
    static final String BEARER = "bearerToken";
    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths != null && paths.getPathItems() != null) {
            Map<String, PathItem> kept = new LinkedHashMap<>();
            paths.getPathItems().forEach((path, item) -> {
                String template = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
                // "/" is not an operation of ours (the generator lists the application's root)
                if (!template.equals("/") && !template.isBlank()) {
                    kept.put(template, item);
                }
            });
            Paths cleaned = OASFactory.createPaths();
            kept.forEach((path, item) -> {
                cleaned.addPathItem(path, item);
                item.getOperations().forEach((method, operation) -> addErrors(path, method, operation));
            });
            openAPI.setPaths(cleaned);
        }
        dropServerEndpointList(openAPI);
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        components.addSecurityScheme(
                BEARER,
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A personal access token from POST /api/tokens, sent as"
                                + " 'Authorization: Bearer <token>'. Without one, a call is anonymous."));
        components.addSchema(PROBLEM, problemSchema());
        openAPI.setComponents(components);
        // a token, or none: anonymous calls read what is public
        openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        openAPI.addSecurityRequirement(OASFactory.createObject(SecurityRequirement.class));
    }

    /**
     * Payara adds a non-standard top-level {@code endpoints} entry (the server root "/" with every path
     * under it), which OpenAPI tools read as an unknown field. Its model has no interface for it, so it
     * is cleared by name; a Payara without it is left as it is.
     */
    private static void dropServerEndpointList(OpenAPI openAPI) {
        try {
            openAPI.getClass()
                    .getMethod("setEndpoints", Map.class)
                    .invoke(openAPI, new LinkedHashMap<String, java.util.Set<String>>());
        } catch (ReflectiveOperationException | RuntimeException notThere) {
            // nothing to drop
        }
    }

    private static void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses =
                operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "The input is not valid: 'field' names the one at fault.");
        }
        add(responses, "401", "The bearer token is not valid (or has been revoked).");
        if (writes || path.contains("/me") || path.contains("/admin/") || path.endsWith("/invitations")) {
            add(responses, "403", "Not allowed: not signed in, or not allowed to do this.");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or not readable by the caller (the two answer alike).");
        }
        if (writes && method != PathItem.HttpMethod.DELETE) {
            add(responses, "409", "Conflicts with what exists, e.g. a name already taken.");
        }
        if (path.endsWith("/tokens")) {
            add(responses, "429", "Too many wrong attempts: wait for the time in Retry-After.");
        }
        operation.setResponses(responses);
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Content content = OASFactory.createContent()
                .addMediaType(
                        "application/problem+json",
                        OASFactory.createObject(MediaType.class)
                                .schema(OASFactory.createSchema().ref(PROBLEM)));
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("An error, as RFC 9457 problem details.")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty(
                        "field",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .nullable(true)
                                .description("The input at fault, when one is."));
    }
}
