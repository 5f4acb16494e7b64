package org.qicommons.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@ApplicationPath("/api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "QI Commons API",
                        version = "1",
                        description = "Members, organisations, groups and threaded discussions. Authenticate with "
                                + "POST /api/tokens and send the token as 'Authorization: Bearer <token>'. Errors are "
                                + "application/problem+json with the offending field in 'field'."))
public class ApiApplication extends Application {
    /** No /api/application.wadl: the OpenAPI document at /openapi describes the API. */
    @Override
    public Map<String, Object> getProperties() {
        // multipart/form-data for file uploads (EntityPart): Jersey's multipart module, shipped in Payara,
        // named here so that no Jersey type is compiled against
        return Map.of(
                "jersey.config.server.wadl.disableWadl",
                true,
                "jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
