package org.qicommons.search;

/** For site administrators: how the index stands, and rebuilding it from the database. */
public interface SearchAdmin {
    IndexStatus status();

    /** Starts a rebuild in the background (no-op if one is running); searches keep working meanwhile. */
    IndexStatus startRebuild();
}
