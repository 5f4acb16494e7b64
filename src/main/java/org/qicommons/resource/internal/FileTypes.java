package org.qicommons.resource.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.qicommons.core.InvalidInputException;

/**
 * What an uploaded file is, read from its bytes (Tika's magic numbers, the name only to tell apart
 * kinds that share a container, as a .docx from an .xlsx), against an allow-list: PDF, images, office
 * documents and CSV. The type the browser claimed is never asked. A zip-based document is also checked
 * from its central directory, without inflating anything, for the shape of a zip bomb.
 */
final class FileTypes {
    /** The kinds we accept, with the extension a download is given and whether a browser may show it inline. */
    record Accepted(String mediaType, String extension, boolean inline, boolean zipBased) {}

    static final Map<String, Accepted> ALLOWED = Map.ofEntries(
            accepted("application/pdf", "pdf", true, false),
            accepted("image/png", "png", true, false),
            accepted("image/jpeg", "jpg", true, false),
            accepted("image/gif", "gif", true, false),
            accepted("image/webp", "webp", true, false),
            accepted("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false, true),
            accepted("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", false, true),
            accepted("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", false, true),
            accepted("application/vnd.oasis.opendocument.text", "odt", false, true),
            accepted("application/vnd.oasis.opendocument.spreadsheet", "ods", false, true),
            accepted("application/vnd.oasis.opendocument.presentation", "odp", false, true),
            accepted("application/msword", "doc", false, false),
            accepted("application/vnd.ms-excel", "xls", false, false),
            accepted("application/vnd.ms-powerpoint", "ppt", false, false),
            accepted("text/csv", "csv", false, false));

    static final String KINDS =
            "PDF; PNG, JPEG, GIF or WebP images; Word, Excel, PowerPoint or OpenDocument files; CSV";

    /** At most this many entries in a zip-based document (a real one has tens to a few hundred). */
    static final int MAX_ZIP_ENTRIES = 5_000;
    /** At most this much once inflated, by the zip's own account. */
    static final long MAX_INFLATED_BYTES = 250L * 1024 * 1024;
    /** Text and XML compress well, but not a thousandfold. */
    static final long MAX_RATIO = 200;

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {}

    private static Map.Entry<String, Accepted> accepted(
            String mediaType, String extension, boolean inline, boolean zipBased) {
        return Map.entry(mediaType, new Accepted(mediaType, extension, inline, zipBased));
    }

    /** The file's kind, or InvalidInputException on {@code file} saying why it is refused. */
    static Accepted check(Path file, String fileName) throws IOException {
        MediaType detected;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(file)) {
            detected = TYPES.detect(in, metadata);
        }
        Accepted accepted = ALLOWED.get(detected.getBaseType().toString());
        if (accepted == null) {
            throw new InvalidInputException(
                    "file",
                    "is not a kind of file we accept (" + KINDS + "): its contents look like " + describe(detected)
                            + ", whatever its name says");
        }
        if (accepted.zipBased()) {
            checkZip(file);
        }
        return accepted;
    }

    private static void checkZip(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            int entries = 0;
            long inflated = 0;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries++;
                long size = Math.max(entry.getSize(), 0);
                inflated += size;
                long compressed = Math.max(entry.getCompressedSize(), 1);
                if (entries > MAX_ZIP_ENTRIES
                        || inflated > MAX_INFLATED_BYTES
                        || (size > 1024 * 1024 && size / compressed > MAX_RATIO)) {
                    throw new InvalidInputException(
                            "file", "unpacks to far more than it holds (the shape of a zip bomb), so it was refused");
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new InvalidInputException("file", "is a damaged document: it could not be read");
        }
    }

    private static String describe(MediaType type) {
        return switch (type.getType()) {
            case "text" -> type.getSubtype().equals("html") ? "a web page (HTML)" : "text (" + type + ")";
            case "application" ->
                type.getSubtype().equals("zip")
                        ? "a zip archive"
                        : type.getSubtype().equals("octet-stream") ? "nothing we recognise" : type.toString();
            default -> type.toString();
        };
    }

    /** A name safe to offer in Content-Disposition: the last path part, no control characters, the right extension. */
    static String downloadName(String uploaded, Accepted kind) {
        String name = uploaded == null ? "" : uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "file" + name;
        }
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String extension = "." + kind.extension();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? name : name + extension;
    }
}
