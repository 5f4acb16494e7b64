package org.qicommons.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.testing.MedFiles;

/**
 * The MED collection (1,033 medical abstracts, 30 queries, relevance judgements), read from the test
 * resources (see {@link MedFiles}), and the measures computed on it.
 */
final class MedCollection {
    static final long GROUP_ID = 1;
    static final Instant DATE = Instant.parse("2024-06-01T09:00:00Z");

    final Map<Long, String> documents = new LinkedHashMap<>();
    final List<String> queries = new ArrayList<>();
    final Map<Integer, Set<Long>> relevant = new HashMap<>();

    static MedCollection load() throws IOException {
        var med = new MedCollection();
        records(MedFiles.file("MED.ALL")).forEach(med.documents::put);
        med.queries.addAll(records(MedFiles.file("MED.QRY")).values());
        for (String line : Files.readAllLines(MedFiles.file("MED.REL"), StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 3 && !parts[2].equals("0")) {
                med.relevant
                        .computeIfAbsent(Integer.valueOf(parts[0]), q -> new HashSet<>())
                        .add(Long.valueOf(parts[1]));
            }
        }
        return med;
    }

    /** ".I id" / ".W" / text records, text joined into one line. */
    private static Map<Long, String> records(Path file) throws IOException {
        var records = new LinkedHashMap<Long, String>();
        Long id = null;
        var text = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(".I ")) {
                if (id != null) {
                    records.put(id, text.toString().replaceAll("\\s+", " ").strip());
                }
                id = Long.valueOf(line.substring(3).strip());
                text.setLength(0);
            } else if (!line.startsWith(".W")) {
                text.append(line).append(' ');
            }
        }
        if (id != null) {
            records.put(id, text.toString().replaceAll("\\s+", " ").strip());
        }
        return records;
    }

    /** An abstract as a discussion: first sentence the title, the rest the opening post. */
    static SearchDocument entry(long id, String text) {
        int end = text.indexOf(" .");
        String title = end < 0 ? text : text.substring(0, end).strip();
        String body = end < 0 ? "" : text.substring(end + 2).strip();
        return new SearchDocument(
                HitType.DISCUSSION, id, id, GROUP_ID, title, body, 7L, "Med Author", "MED", "ACADEMIC", DATE);
    }

    List<SearchDocument> entries() {
        return documents.entrySet().stream()
                .map(e -> entry(e.getKey(), e.getValue()))
                .toList();
    }

    /** Measures of a run: ranking(query number) gives the document ids, best first. */
    Scores score(Function<Integer, List<Long>> ranking) {
        double ap = 0, ap100 = 0, ndcg = 0;
        for (int q = 1; q <= queries.size(); q++) {
            Set<Long> rel = relevant.getOrDefault(q, Set.of());
            List<Long> ranked = ranking.apply(q);
            ap += averagePrecision(ranked, rel, 1000);
            ap100 += averagePrecision(ranked, rel, 100);
            ndcg += ndcg(ranked, rel, 10);
        }
        int n = queries.size();
        return new Scores(ap / n, ap100 / n, ndcg / n);
    }

    private static double averagePrecision(List<Long> ranked, Set<Long> rel, int depth) {
        if (rel.isEmpty()) {
            return 0;
        }
        double sum = 0;
        int found = 0;
        for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
            if (rel.contains(ranked.get(i))) {
                found++;
                sum += found / (double) (i + 1);
            }
        }
        return sum / rel.size();
    }

    private static double ndcg(List<Long> ranked, Set<Long> rel, int depth) {
        double dcg = 0, ideal = 0;
        for (int i = 0; i < depth; i++) {
            if (i < ranked.size() && rel.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
            if (i < rel.size()) {
                ideal += 1 / log2(i + 2);
            }
        }
        return ideal == 0 ? 0 : dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    record Scores(double map, double map100, double ndcg10) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "MAP %.3f  MAP@100 %.3f  nDCG@10 %.3f", map, map100, ndcg10);
        }
    }
}
