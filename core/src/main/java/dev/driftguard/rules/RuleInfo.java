package dev.driftguard.rules;

import dev.driftguard.Severity;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a user sees of a rule, written on the rule's class. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Kebab-case id, also the name of its doc page {@code docs/rules/<id>.md}. */
    String id();

    /** Default severity; configuration may change it. */
    Severity severity();

    /** One line: what the rule finds. */
    String summary();
}
