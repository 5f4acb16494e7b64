package org.qicommons.config;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The connection factory behind the container's pool. Why a class of our own: the same WAR must run
 * on embedded H2 or PostgreSQL depending on {@code QIC_DB_URL} alone, and a data source definition
 * names one driver class. This one reads the configuration and picks the driver from the URL; the
 * container still pools and enlists the connections.
 */
public class ConfiguredDataSource implements DataSource {
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String user = config.getOptionalValue("qic.db.user", String.class).orElse("");
        String password =
                config.getOptionalValue("qic.db.password", String.class).orElse("");
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String url = jdbcUrl(config);
        Duration startTimeout = Duration.ofSeconds(
                config.getOptionalValue("qic.db.start.timeout", Integer.class).orElse(30));
        return DatabaseStart.open(url, startTimeout, () -> connect(url, username, password));
    }

    private static Connection connect(String url, String username, String password) throws SQLException {
        Driver driver = url.startsWith("jdbc:postgresql:") ? new org.postgresql.Driver() : new org.h2.Driver();
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        Connection connection = driver.connect(url, properties);
        if (connection == null) {
            throw new SQLException(
                    "No driver for database URL " + url + " (QIC_DB_URL takes jdbc:postgresql: or jdbc:h2: URLs)");
        }
        return connection;
    }

    /**
     * QIC_DB_URL if set, otherwise an H2 file database under QIC_DATA_DIR. {@code WRITE_DELAY=0}: by
     * default H2 writes committed transactions to its file up to half a second later, so a killed
     * process lost posts the API had already acknowledged (SearchCrashIT); with 0 every commit
     * reaches the file (the operating system's cache) before it returns.
     */
    public static String jdbcUrl(Config config) {
        return config.getOptionalValue("qic.db.url", String.class)
                .filter(url -> !url.isBlank())
                .orElseGet(() -> {
                    String dataDir = config.getOptionalValue("qic.data.dir", String.class)
                            .orElse("./data");
                    Path file = Path.of(dataDir)
                            .toAbsolutePath()
                            .normalize()
                            .resolve("db")
                            .resolve("qicommons");
                    return "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
                });
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
