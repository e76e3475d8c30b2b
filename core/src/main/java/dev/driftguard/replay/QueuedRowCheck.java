package dev.driftguard.replay;

import dev.driftguard.migrations.Migration;
import dev.driftguard.rules.RowCheck;
import dev.driftguard.rules.RuleMetadata;

/** A row check a rule asked during replay, with who asked and where, to be answered by the live target. */
public record QueuedRowCheck(RuleMetadata rule, Migration migration, RowCheck check) {
}
