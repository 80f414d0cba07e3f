package org.newsgraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5.26 DBMS with Bolt on loopback until SIGTERM.
 *
 * <pre>java -cp 'launcher/classes:launcher/lib/*' org.newsgraph.Launcher DB_HOME PORT PASSWORD_FILE</pre>
 *
 * The password is read from a file (never from the command line, where `ps` would show it) and set on
 * the built-in `neo4j` user through the system database at every start, so the stored credentials and
 * the DBMS never drift apart. Prints one line "READY bolt://127.0.0.1:PORT" once Bolt is listening.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Launcher DB_HOME PORT PASSWORD_FILE");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip();
        long pageCacheMiB = Long.parseLong(System.getenv().getOrDefault("NEWSGRAPH_PAGECACHE_MB", "128"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // Keep transaction logs small: this is an analyst's workstation, not a backup target.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM: flush and close every database so that a restart finds every committed write.
            dbms.shutdown();
            stopped.countDown();
        }, "newsgraph-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            System.err.println("newsgraph: could not set the Neo4j password: " + e.getMessage());
            System.exit(1); // runs the shutdown hook, which closes the DBMS
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
        } catch (RuntimeException e) {
            // Setting the password it already has is refused; that is the normal restart case.
            String message = String.valueOf(e.getMessage());
            if (!message.contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
