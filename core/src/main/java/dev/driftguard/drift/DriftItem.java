package dev.driftguard.drift;

/**
 * One object that is not the same in the schema, the migration history and the target.
 *
 * @param kind      {@code table}, {@code column}, {@code index}, {@code constraint}, {@code enum} or {@code extension}
 * @param object    e.g. {@code SocialPost}, {@code Lesson.embedding}
 * @param inSchema  what the schema declares (a type, {@code present}), or empty text when it does not declare it
 * @param inHistory what replaying every migration from an empty database creates, or empty text
 * @param inTarget  what the target has, or empty text
 */
public record DriftItem(String kind, String object, String inSchema, String inHistory, String inTarget) {
}
