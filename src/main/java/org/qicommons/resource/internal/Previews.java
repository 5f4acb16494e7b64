package org.qicommons.resource.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF's first page as a small PNG, made once when it is uploaded (PDFBox). A file PDFBox cannot
 * read, or takes too long over, simply has no preview: the upload itself is not refused for it.
 */
final class Previews {
    private static final Logger LOG = Logger.getLogger(Previews.class.getName());
    /** Enough to recognise a page at a glance, small enough to make quickly (A4 at 60 dpi: 496 × 702). */
    private static final float DPI = 60;

    private static final long TIME_LIMIT_SECONDS = 10;
    /** One page rendered at a time, on a thread of its own, so that a slow PDF holds no request thread forever. */
    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pdf-preview");
        thread.setDaemon(true);
        return thread;
    });

    private Previews() {}

    static Optional<byte[]> firstPage(Path pdf) {
        Future<byte[]> rendering = RENDERER.submit(() -> render(pdf));
        try {
            return Optional.of(rendering.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            rendering.cancel(true);
            LOG.warning(() -> "no preview: rendering the first page took over " + TIME_LIMIT_SECONDS + " s");
        } catch (ExecutionException e) {
            LOG.log(Level.INFO, "no preview: PDFBox could not render the first page", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static byte[] render(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("the PDF has no pages");
            }
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.RGB);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(page, "png", png);
            return png.toByteArray();
        }
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
