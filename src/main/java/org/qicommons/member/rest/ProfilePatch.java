package org.qicommons.member.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import org.qicommons.core.InvalidInputException;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;

/**
 * {@code PATCH /api/members/me} as a merge patch (RFC 7396): a field left out keeps its value, a
 * field given as {@code null} is cleared (where it may be empty), and anything else in the body is
 * refused with the field named, rather than silently ignored.
 */
final class ProfilePatch {
    /** What the caller's own profile shows but a patch cannot change: allowed only unchanged. */
    private static final Set<String> READ_ONLY = Set.of("id", "createdAt", "organisation", "emailConfirmed");

    private ProfilePatch() {}

    static MemberService.ProfileChange apply(Member member, JsonObject patch) {
        for (String field : patch.keySet()) {
            switch (field) {
                case "displayName", "organisationId", "jobTitle", "bio" -> {}
                case "password" ->
                    throw new InvalidInputException(
                            "password", "is changed with PUT /api/members/me/password, giving the current password");
                case "email" -> {
                    if (!isText(patch.get(field), member.getEmail())) {
                        throw new InvalidInputException("email", "cannot be changed here");
                    }
                }
                default -> {
                    if (!READ_ONLY.contains(field)) {
                        throw new InvalidInputException(field, "is not a field of a profile");
                    }
                }
            }
        }
        return new MemberService.ProfileChange(
                text(patch, "displayName", member.getDisplayName()),
                organisationId(patch, member),
                text(patch, "jobTitle", member.getJobTitle()),
                text(patch, "bio", member.getBio()));
    }

    private static boolean isText(JsonValue value, String expected) {
        return value instanceof JsonString text && text.getString().equalsIgnoreCase(expected);
    }

    private static String text(JsonObject patch, String field, String current) {
        if (!patch.containsKey(field)) {
            return current;
        }
        JsonValue value = patch.get(field);
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> throw new InvalidInputException(field, "must be text or null");
        };
    }

    private static Long organisationId(JsonObject patch, Member member) {
        if (!patch.containsKey("organisationId")) {
            return member.getOrganisation() == null
                    ? null
                    : member.getOrganisation().getId();
        }
        JsonValue value = patch.get("organisationId");
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        throw new InvalidInputException("organisationId", "must be the id of an organisation, or null");
    }
}
