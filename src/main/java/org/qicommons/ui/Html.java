package org.qicommons.ui;

/** Escapes text for HTML element content and quoted attribute values, for fragments built in Java. */
public final class Html {
    private Html() {}

    public static String escape(String text) {
        return text(new StringBuilder(), text).toString();
    }

    public static StringBuilder text(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }
}
