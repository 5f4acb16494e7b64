package org.qicommons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the MED collection's files are: the copy in the test resources ({@code src/test/resources/med},
 * on the test class path), or the folder named by {@code -Dmed.dir} or {@code QIC_MED_DIR}. The
 * environment variable is for the in-container tests, whose class path is the deployed WAR.
 */
public final class MedFiles {
    private MedFiles() {}

    /** One of {@code MED.ALL}, {@code MED.QRY}, {@code MED.REL}. */
    public static Path file(String name) {
        String dir = System.getProperty("med.dir", System.getenv("QIC_MED_DIR"));
        Path file = dir != null ? Path.of(dir, name) : onClassPath(name);
        if (file == null || !Files.isRegularFile(file)) {
            throw new UncheckedIOException(new NoSuchFileException(
                    String.valueOf(file),
                    null,
                    "the MED collection is kept in src/test/resources/med; -Dmed.dir or QIC_MED_DIR may name"
                            + " another folder"));
        }
        return file;
    }

    /** The abstracts' sentences (those over 20 characters), in order: real medical English for generated posts. */
    public static List<String> sentences() throws IOException {
        List<String> result = new ArrayList<>();
        for (String record : Files.readString(file("MED.ALL")).split("\\.I \\d+")) {
            String text = record.replace(".W", " ").replaceAll("\\s+", " ").strip();
            for (String sentence : text.split(" \\. ")) {
                String s = sentence.strip();
                if (s.length() > 20) {
                    result.add(s);
                }
            }
        }
        return result;
    }

    private static Path onClassPath(String name) {
        URL url = MedFiles.class.getResource("/med/" + name);
        if (url == null || !url.getProtocol().equals("file")) {
            return null;
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
