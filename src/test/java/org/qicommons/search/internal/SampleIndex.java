package org.qicommons.search.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;

/** A small forum: a public and a private group, discussions, a reply, a member and a group. */
final class SampleIndex {
    static final long PUBLIC = 1;
    static final long PRIVATE = 2;
    static final ReadableScope.GroupLabel PUBLIC_LABEL = new ReadableScope.GroupLabel("qi-network", "QI Network");
    static final ReadableScope.GroupLabel PRIVATE_LABEL = new ReadableScope.GroupLabel("falls-panel", "Falls panel");
    static final ReadableScope OUTSIDER = new ReadableScope(Map.of(PUBLIC, PUBLIC_LABEL));
    static final ReadableScope INSIDER = new ReadableScope(Map.of(PUBLIC, PUBLIC_LABEL, PRIVATE, PRIVATE_LABEL));
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private SampleIndex() {}

    static List<SearchDocument> entries() {
        return List.of(
                discussion(
                        10,
                        PUBLIC,
                        "Improving ethnicity data quality in care homes",
                        "We ran a **PDSA** cycle on recording ethnicity at admission.",
                        "CARE_HOME",
                        "2025-01-10T10:00:00Z"),
                new SearchDocument(
                        HitType.REPLY,
                        11,
                        10L,
                        PUBLIC,
                        "Improving ethnicity data quality in care homes",
                        "Quality improvement needs run charts; statistical process control helps.",
                        21L,
                        "Bob Jones",
                        "Leeds Teaching Hospitals",
                        "NHS_TRUST",
                        Instant.parse("2025-01-11T10:00:00Z")),
                discussion(
                        12,
                        PUBLIC,
                        "Falls prevention on older wards",
                        "Plan do study act cycles reduced falls at night on two wards.",
                        "NHS_TRUST",
                        "2024-03-01T10:00:00Z"),
                discussion(
                        13,
                        PRIVATE,
                        "Secret falls audit",
                        "Confidential falls audit results for the ward.",
                        "REGULATOR",
                        "2025-02-01T10:00:00Z"),
                discussion(
                        14,
                        PUBLIC,
                        "Script in a post",
                        "Falls <script>alert('x')</script> & more falls.",
                        "ACADEMIC",
                        "2023-05-05T10:00:00Z"),
                new SearchDocument(
                        HitType.MEMBER,
                        30,
                        null,
                        null,
                        "Alice Equity",
                        "Improvement adviser working on language barriers",
                        null,
                        null,
                        "NHS England",
                        "OTHER",
                        Instant.parse("2022-01-01T00:00:00Z")),
                new SearchDocument(
                        HitType.GROUP,
                        PUBLIC,
                        null,
                        PUBLIC,
                        "QI Network",
                        "A group for people doing QI in the NHS",
                        null,
                        null,
                        null,
                        null,
                        Instant.parse("2021-01-01T00:00:00Z")),
                new SearchDocument(
                        HitType.GROUP,
                        PRIVATE,
                        null,
                        PRIVATE,
                        "Falls panel",
                        "A private panel reviewing falls",
                        null,
                        null,
                        null,
                        null,
                        Instant.parse("2021-01-01T00:00:00Z")));
    }

    static SearchDocument discussion(long id, long group, String title, String body, String orgType, String created) {
        return new SearchDocument(
                HitType.DISCUSSION,
                id,
                id,
                group,
                title,
                body,
                20L,
                "Ann Smith",
                "Sunny Care Homes",
                orgType,
                Instant.parse(created));
    }
}
