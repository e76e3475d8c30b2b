package dev.driftguard.rules;

import dev.driftguard.Severity;

/**
 * A rule's metadata as reporters and the {@code rules} command show it.
 *
 * @param docsPath the rule's page, relative to the repository root
 */
public record RuleMetadata(String id, Severity severity, String summary, String docsPath) {

    /** Base of the published rule pages; SARIF needs absolute help URIs. */
    public static final String DOCS_BASE = "https://github.com/driftguard/driftguard/blob/main/";

    /** Reads {@link RuleInfo} from a rule class. */
    public static RuleMetadata of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleMetadata(info.id(), info.severity(), info.summary(), "docs/rules/" + info.id() + ".md");
    }

    public String docsUrl() {
        return DOCS_BASE + docsPath;
    }
}
