package org.qicommons.search;

/** What a search hit is. Stored by name in the index and in API answers. */
public enum HitType {
    /** A discussion: its title and opening update. */
    DISCUSSION,
    /** A reply inside a discussion. */
    REPLY,
    MEMBER,
    GROUP,
    /** A QI project: title, summary, aim, problem, measures, change ideas, PDSA cycles, learning. */
    PROJECT,
    /** A shared tool or piece of learning: title, description, type, tags. */
    RESOURCE
}
