package org.qicommons.search.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Opens the search index when the application starts (after the schema is migrated) and commits and
 * closes it when the application stops. An index that needs rebuilding is rebuilt in the background:
 * the application serves meanwhile.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SearchStartup {
    @Inject
    SearchIndex index;

    @PostConstruct
    void open() {
        index.start();
    }

    @PreDestroy
    void close() {
        index.stop();
    }
}
