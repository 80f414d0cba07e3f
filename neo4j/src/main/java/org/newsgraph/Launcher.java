package org.newsgraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
        long pageCacheMiB = mebiBytes("NEWSGRAPH_PAGECACHE_MB", 128);
        long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long txMaxMiB = mebiBytes("NEWSGRAPH_TX_MAX_MB", Math.max(64, heapMiB / 2));
        long txTotalMiB = mebiBytes("NEWSGRAPH_TX_TOTAL_MB", Math.max(txMaxMiB, heapMiB * 7 / 10));
        // LOAD CSV's root for file URLs: an empty folder of our own (file URLs are off anyway).
        Path importDir = home.resolve("import");
        Files.createDirectories(importDir);
        Files.setPosixFilePermissions(importDir, PosixFilePermissions.fromString("rwx------"));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                // The console must not read the machine's files nor reach any address from Cypher.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
                .setConfig(
                        GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                // No transaction, and not all of them together, can exhaust the heap.
                .setConfig(GraphDatabaseSettings.memory_tracking, true)
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMaxMiB))
                .setConfig(
                        GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txTotalMiB))
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
        System.out.println("memory: heap " + heapMiB + " MiB, page cache " + pageCacheMiB
                + " MiB, per transaction " + txMaxMiB + " MiB, all transactions " + txTotalMiB + " MiB");
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static long mebiBytes(String variable, long fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.strip());
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
