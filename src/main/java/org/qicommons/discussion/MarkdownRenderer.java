package org.qicommons.discussion;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a member's Markdown into HTML that is safe to put in a page. Two libraries, two jobs:
 * commonmark renders (raw HTML in the text is escaped, not passed through), and the OWASP
 * sanitiser then keeps only an allow-list of elements and attributes, so even a renderer bug cannot
 * let a script, an event handler or a {@code javascript:} link through. Links get
 * {@code rel="nofollow ugc noopener"}: they are user content and must not pass on page rank.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .build();

    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "em",
                    "strong",
                    "del",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "a",
                    "img",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .allowAttributes("src", "alt", "title")
            .onElements("img")
            // an image whose address was refused (javascript:, data:, ...) is left with src="": a
            // broken image and invalid HTML, so it goes altogether
            .allowElements((name, attributes) -> hasAddress(attributes) ? name : null, "img")
            .allowAttributes("start")
            .matching(java.util.regex.Pattern.compile("\\d{1,6}"))
            .onElements("ol")
            .allowAttributes("align")
            .matching(true, "left", "right", "center")
            .onElements("th", "td")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    /**
     * Which rendering this is: raise it when the rules above or the excerpts change, so posts cooked
     * by an older version are rendered again when read (and re-cooked when next edited).
     */
    public static final int VERSION = 2;

    /** How long a post's excerpt in a stream may be (characters of its text). */
    public static final int EXCERPT_CHARS = 280;

    /** What ends an excerpt that was cut short. */
    private static final String CUT = " …";

    private MarkdownRenderer() {}

    /** Whether an element's attributes (name, value, name, value, ...) include a non-blank src. */
    private static boolean hasAddress(List<String> attributes) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if ("src".equals(attributes.get(i)) && !attributes.get(i + 1).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Renders {@code post}'s text now and keeps the result on it (written with it, in the caller's transaction). */
    public static void cook(Post post) {
        post.cook(toSafeHtml(post.getBody()), toExcerpt(post.getBody(), EXCERPT_CHARS), VERSION);
    }

    /**
     * The text of a post without its formatting, cut after about {@code maxChars} at a word boundary
     * and ended with "…" when cut: plain text, to be escaped where it is shown.
     */
    public static String toExcerpt(String markdown, int maxChars) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String text =
                TEXT.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
        if (text.length() <= maxChars) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxChars);
        return text.substring(0, cut > maxChars / 2 ? cut : maxChars).stripTrailing() + CUT;
    }

    /** Whether {@link #toExcerpt} cut this excerpt short (so a page offers the whole text). */
    public static boolean isCut(String excerpt) {
        return excerpt != null && excerpt.endsWith(CUT);
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return scrollingTables(POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))));
    }

    /**
     * Puts each table in a box that scrolls sideways, so a wide table scrolls inside the post instead
     * of making the whole page wider than a phone (it is focusable, so it scrolls from the keyboard too).
     * Safe as plain text replacement: after sanitising, a member's own text can contain no tags.
     */
    private static String scrollingTables(String html) {
        return html.contains("<table>")
                ? html.replace("<table>", "<div class=\"table-scroll\" tabindex=\"0\"><table>")
                        .replace("</table>", "</table></div>")
                : html;
    }
}
