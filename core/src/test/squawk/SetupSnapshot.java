import dev.driftguard.SourceFile;
import dev.driftguard.catalog.Catalog;
import dev.driftguard.catalog.CatalogSnapshot;
import dev.driftguard.catalog.CatalogSnapshotJson;
import dev.driftguard.migrations.Migration;
import dev.driftguard.replay.FindingCollector;
import dev.driftguard.replay.Replay;
import dev.driftguard.sql.SqlFrontEnd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes the catalog snapshot of a rule fixture's target: {@code setup.sql} replayed on an empty database, with no
 * migration history, so that {@code driftguard lint --catalog} sees the same target as RuleFixturesTest.
 * Run as a single-file program: {@code java -cp driftguard.jar SetupSnapshot.java setup.sql out.json}.
 */
public final class SetupSnapshot {

    public static void main(String[] args) throws Exception {
        Catalog catalog = Catalog.empty();
        Path setup = Path.of(args[0]);
        if (Files.isRegularFile(setup)) {
            String sql = Files.readString(setup, StandardCharsets.UTF_8);
            Migration migration = new Migration("setup", new SqlFrontEnd().parse(new SourceFile("setup.sql", sql)), "");
            catalog = new Replay(List.of())
                    .run(catalog, List.of(migration), 16, new FindingCollector()).catalog().toCatalog();
        }
        CatalogSnapshotJson.write(new CatalogSnapshot(CatalogSnapshot.FORMAT_VERSION, Optional.empty(), catalog,
                Optional.empty()), Path.of(args[1]));
    }
}
