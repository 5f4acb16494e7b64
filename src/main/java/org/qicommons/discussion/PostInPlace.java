package org.qicommons.discussion;

/** A post as one viewer may see it, with its discussion and the name of the place it is in. */
public record PostInPlace(PostView post, Discussion discussion, String placeName) {}
