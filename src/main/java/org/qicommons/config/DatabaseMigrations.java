package org.qicommons.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else runs. Flyway owns the schema: the same scripts
 * under {@code db/migration} run on H2 and PostgreSQL. Bean-managed transactions because Flyway
 * manages its own.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/qicommons",
        className = "org.qicommons.config.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:app/jdbc/qicommons")
    DataSource dataSource;

    /**
     * A migration that fails stops the process ({@link StartupFailure}): the application cannot
     * work on a schema it does not know, and a running server with nothing deployed helps nobody.
     */
    @PostConstruct
    void migrate() {
        MigrateResult result;
        try {
            result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw StartupFailure.stopProcess(
                    "QI Commons cannot start: the database schema could not be migrated: " + e.getMessage(), e);
        }
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
