package org.qicommons.search;

/** An autocomplete suggestion: a discussion title, group name or member name, and where it leads. */
public record Suggestion(String text, HitType type, String url) {}
