package org.qicommons.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** A benchmark's figures, printed as they come (a long run shows them before it ends) and as Markdown at the end. */
final class Report {
    private final Map<String, String> figures = new LinkedHashMap<>();

    void put(String measure, String result) {
        System.out.println("| " + measure + " | " + result + " |");
        figures.put(measure, result);
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| measure | result |\n|---|---|\n");
        figures.forEach((measure, result) ->
                table.append("| ").append(measure).append(" | ").append(result).append(" |\n"));
        return table.toString();
    }
}
