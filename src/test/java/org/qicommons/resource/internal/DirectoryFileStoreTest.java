package org.qicommons.resource.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qicommons.resource.FileStore;

class DirectoryFileStoreTest {
    @TempDir
    Path root;

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aStoredFileReadsBackWithItsSizeAndDigest() throws IOException {
        var store = new DirectoryFileStore(root);
        FileStore.StoredFile stored = store.store(bytes("run chart template"), 1_000);
        assertEquals(18, stored.size());
        // sha256 of "run chart template", as `printf 'run chart template' | sha256sum` gives it
        assertEquals("1c6822593224f231cbdc658aaf4cf08519be606df9852b6a427ac85ca31f713c", stored.sha256());
        try (InputStream in = store.open(stored.key())) {
            assertArrayEquals("run chart template".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
    }

    @Test
    void filesAreNamedByTheStoreAndTheSameBytesTwiceAreTwoFiles() throws IOException {
        var store = new DirectoryFileStore(root);
        var first = store.store(bytes("same"), 100);
        var second = store.store(bytes("same"), 100);
        assertNotEquals(first.key(), second.key());
        assertEquals(first.sha256(), second.sha256());
        List<Path> files = filesUnder(root);
        assertEquals(2, files.size());
        assertTrue(files.stream().allMatch(f -> f.getFileName().toString().matches("[0-9a-f-]{36}")), files.toString());
        assertTrue(files.stream().allMatch(f -> f.startsWith(root)), "inside the store");
    }

    @Test
    void aStreamOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
        var store = new DirectoryFileStore(root);
        var refused = assertThrows(
                FileStore.TooLargeException.class,
                () -> store.store(new ByteArrayInputStream(new byte[200_000]), 100_000));
        assertEquals(100_000, refused.maxBytes());
        assertEquals(List.of(), filesUnder(root), "no partial file left behind");
        assertEquals(
                100_000,
                store.store(new ByteArrayInputStream(new byte[100_000]), 100_000)
                        .size(),
                "the limit itself is allowed");
    }

    @Test
    void noKeyCanNameAPathOutsideTheStore() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "not a stored file");
        var store = new DirectoryFileStore(root.resolve("files"));
        for (String key : List.of("../secret.txt", "../../etc/passwd", "/etc/passwd", "", "secret.txt")) {
            assertThrows(IllegalArgumentException.class, () -> store.open(key), key);
            assertThrows(IllegalArgumentException.class, () -> store.delete(key), key);
        }
        assertTrue(Files.exists(root.resolve("secret.txt")));
    }

    @Test
    void aDeletedOrUnknownFileIsNoSuchFile() throws IOException {
        var store = new DirectoryFileStore(root);
        var stored = store.store(bytes("gone soon"), 100);
        store.delete(stored.key());
        assertThrows(NoSuchFileException.class, () -> store.open(stored.key()));
        store.delete(stored.key());
        assertFalse(filesUnder(root).stream()
                .anyMatch(f -> f.getFileName().toString().equals(stored.key())));
        assertThrows(NoSuchFileException.class, () -> store.open("00000000-0000-0000-0000-000000000000"));
    }
}
