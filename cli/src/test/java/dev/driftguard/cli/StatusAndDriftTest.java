package dev.driftguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftguard.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** status and drift on the incident, from its committed snapshot. */
class StatusAndDriftTest {

    private static final String PROJECT = IncidentProductionState.PROJECT.toString();

    @Test
    void statusShowsTheFailedMigrationBlockingDeployWithBothRemedies() {
        CliRun run = CliRun.of("status", PROJECT);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out())
                .contains("Applied (2):\n  20251201000000_init_fresh\n  20251222050000_add_optimization_log")
                .contains("Pending (1):\n  20251223_add_partial_indexes")
                .contains("Failed (deploy is blocked until each is resolved):\n  20251223_add_gin_indexes")
                .contains("npx prisma migrate resolve --rolled-back 20251223_add_gin_indexes")
                .contains("npx prisma migrate resolve --applied 20251223_add_gin_indexes  (no later migration "
                        + "depends on it)")
                .contains("error[failed-migration]");
    }

    @Test
    void statusReadsTheSameFromALiveDatabase() throws Exception {
        TestDatabase production = IncidentProductionState.create();

        CliRun run = CliRun.of("status", PROJECT, "--database-url", production.jdbcUrl());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("Failed (deploy is blocked until each is resolved):\n  20251223_add_gin_indexes")
                .contains("error: Database error code: 42704");
    }

    @Test
    void driftTellsTheStoryOfTheSubset() throws Exception {
        assertSubsetStory(CliRun.of("drift", PROJECT, "--format", "json"));
    }

    @Test
    void driftTellsTheSameStoryAgainstALiveDatabase() throws Exception {
        TestDatabase production = IncidentProductionState.create();
        assertSubsetStory(CliRun.of("drift", PROJECT, "--database-url", production.jdbcUrl(), "--format", "json"));
    }

    private static void assertSubsetStory(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode groups = new ObjectMapper().readTree(run.out()).get("groups");
        List<String> stories = new ArrayList<>();
        groups.forEach(g -> stories.add(g.get("story").asText()));
        assertThat(stories).containsExactly(
                "the schema declares 4 tables and 1 extension that no migration creates and the target lacks",
                "migrations create 1 column that the target does not have (pending, or dropped by hand)",
                "the migration history creates 4 indexes that the schema no longer declares");
        List<String> neverMigrated = new ArrayList<>();
        groups.get(0).get("items").forEach(i -> neverMigrated.add(i.get("object").asText()));
        assertThat(neverMigrated).containsExactly("BuddyChallenge", "BuddyGroup", "BuddyMember", "SocialPost",
                "vector");
    }
}
