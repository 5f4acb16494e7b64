package org.qicommons.search;

/** One value of a facet with how many readable hits have it; {@code label} is for people. */
public record FacetCount(String value, String label, long count) {}
