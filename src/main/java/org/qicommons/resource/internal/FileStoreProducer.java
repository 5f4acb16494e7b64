package org.qicommons.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.qicommons.resource.FileStore;

/** The application's file store: {@code ${qic.data.dir}/files}, beside the database and the index. */
@ApplicationScoped
class FileStoreProducer {
    @Inject
    @ConfigProperty(name = "qic.data.dir", defaultValue = "./data")
    String dataDir;

    @Produces
    @ApplicationScoped
    FileStore fileStore() {
        return new DirectoryFileStore(Path.of(dataDir).resolve("files"));
    }
}
