package org.qicommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {
    private static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern DANGEROUS_TAG = Pattern.compile(
            "<\\s*(script|iframe|object|embed|svg|math|style|link|meta|base|form|input|button|textarea|frame|frameset)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DANGEROUS_URL =
            Pattern.compile("(href|src)\\s*=\\s*\"\\s*(javascript|vbscript|data|file)\\s*:", Pattern.CASE_INSENSITIVE);

    /** Known XSS payloads, in Markdown and raw-HTML forms (from the OWASP filter evasion cheat sheet and others). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<svg/onload=alert(1)>",
                "<body onload=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"  javascript:alert(1)\">click</a>",
                "<a href=\"java&#x09;script:alert(1)\">click</a>",
                "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
                "[click](javascript:alert(1))",
                "[click](JAVASCRIPT:alert(1))",
                "[click](  javascript:alert(1) )",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![img](javascript:alert(1))",
                "![x\" onerror=\"alert(1)](https://example.org/a.png)",
                "[x](https://example.org/\" onmouseover=\"alert(1))",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<style>body{background:red}</style>",
                "<object data=\"https://evil.example/x.swf\"></object>",
                "<embed src=\"https://evil.example/x.swf\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<details open ontoggle=alert(1)>",
                "<form action=\"https://evil.example\"><input name=q></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"https://evil.example/\">",
                "`<script>alert(1)</script>` and ```\n<script>alert(1)</script>\n```",
                "<<script>script>alert(1)<</script>/script>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
                "| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
                "> <script>alert(1)</script>",
                "<https://example.org/\"onmouseover=\"alert(1)>",
                "javascript:alert(1)",
                "<!--<script>alert(1)</script>-->",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
            })
    void neutralisesKnownXssPayloads(String payload) {
        String html = MarkdownRenderer.toSafeHtml(payload);
        assertFalse(DANGEROUS_TAG.matcher(html).find(), () -> "dangerous tag in " + html);
        assertFalse(EVENT_HANDLER.matcher(html).find(), () -> "event handler in " + html);
        assertFalse(DANGEROUS_URL.matcher(html).find(), () -> "dangerous URL in " + html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("href=\"javascript"), () -> html);
    }

    @Test
    void rendersEverydayMarkdown() {
        String html = MarkdownRenderer.toSafeHtml("""
                # Run charts

                We used **run charts** and *SPC* to track falls:

                1. baseline
                2. PDSA cycle 1

                > median line moved

                | week | falls |
                |------|-------|
                | 1    | 4     |

                `code` and a [link](https://www.england.nhs.uk/qi/).""");
        assertTrue(html.contains("<h1>Run charts</h1>"), html);
        assertTrue(html.contains("<strong>run charts</strong>"), html);
        assertTrue(html.contains("<em>SPC</em>"), html);
        assertTrue(html.contains("<ol>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>4</td>"), html);
        assertTrue(html.contains("<code>code</code>"), html);
    }

    @Test
    void linksAreMarkedAsUserContent() {
        String html = MarkdownRenderer.toSafeHtml(
                "See [NHS England](https://www.england.nhs.uk/) and https://q.health.org.uk");
        assertTrue(html.contains("href=\"https://www.england.nhs.uk/\""), html);
        assertTrue(html.contains("href=\"https://q.health.org.uk\""), html);
        assertEquals(2, html.split("rel=\"nofollow ugc noopener\"", -1).length - 1, html);
    }

    @Test
    void rawHtmlIsShownAsTextNotMarkup() {
        String html = MarkdownRenderer.toSafeHtml("Use <b>bold</b> like this");
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
    }

    @Test
    void anImageWhoseAddressIsRefusedIsDroppedNotLeftEmpty() {
        for (String markdown : List.of(
                "Chart: ![run chart](javascript:alert(1)) here",
                "Chart: ![run chart](data:image/png;base64,AAAA) here",
                "Chart: ![run chart]() here")) {
            String html = MarkdownRenderer.toSafeHtml(markdown);
            assertFalse(html.contains("<img"), markdown + " -> " + html);
            assertTrue(html.contains("Chart:") && html.contains("here"), html);
        }
        String kept = MarkdownRenderer.toSafeHtml("![run chart](https://example.org/chart.png)");
        assertTrue(kept.contains("<img src=\"https://example.org/chart.png\" alt=\"run chart\""), kept);
    }

    @Test
    void aTableIsWrappedSoItScrollsInsideThePost() {
        String html = MarkdownRenderer.toSafeHtml("""
                | week | falls |
                |------|-------|
                | 1    | 4     |
                """);
        assertTrue(html.contains("<div class=\"table-scroll\" tabindex=\"0\"><table>"), html);
        assertTrue(html.contains("</table></div>"), html);
    }

    @Test
    void emptyTextRendersNothing() {
        assertEquals("", MarkdownRenderer.toSafeHtml(null));
        assertEquals("", MarkdownRenderer.toSafeHtml("   "));
    }
}
