package org.qicommons.resource;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files' bytes live, outside the web root, each under a key the store makes up (never
 * the uploader's file name, which is only metadata in the database). A directory under
 * {@code QIC_DATA_DIR} by default; several app nodes will need one they share (a network file system
 * or an object store) behind this same interface.
 */
public interface FileStore {
    /**
     * Copies the stream into the store and returns what was stored. Refuses a stream longer than
     * {@code maxBytes} with {@link TooLargeException}, leaving nothing behind.
     */
    StoredFile store(InputStream content, long maxBytes) throws IOException;

    /** The stored bytes; {@link java.nio.file.NoSuchFileException} when the key names nothing stored. */
    InputStream open(String key) throws IOException;

    /** Removes the file; nothing happens when there is none. */
    void delete(String key) throws IOException;

    /**
     * @param key the store's name for the file: opaque, safe in a path, unique
     * @param size its length in bytes
     * @param sha256 its SHA-256 digest in lower-case hex (to notice damage, and the same file twice)
     */
    record StoredFile(String key, long size, String sha256) {}

    /** The stream was longer than the limit: nothing was stored. */
    class TooLargeException extends IOException {
        private final long maxBytes;

        public TooLargeException(long maxBytes) {
            super("larger than the limit of " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }
}
