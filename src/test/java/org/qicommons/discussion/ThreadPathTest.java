package org.qicommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadPathTest {

    @Test
    void pathsAreZeroPaddedChainsOfPostNumbers() {
        String root = ThreadPath.root(1);
        String reply = ThreadPath.child(root, 12);
        assertEquals("000001", root);
        assertEquals("000001000012", reply);
        assertEquals(0, ThreadPath.depth(root));
        assertEquals(1, ThreadPath.depth(reply));
        assertEquals(3, ThreadPath.depth(ThreadPath.child(ThreadPath.child(reply, 13), 14)));
    }

    @Test
    void sortingPathsAsStringsGivesThreadOrder() {
        // Posts are numbered in the order they were written; replies arrive interleaved.
        String update = ThreadPath.root(1);
        String firstReply = ThreadPath.child(update, 2);
        String secondReply = ThreadPath.child(update, 3);
        String nestedUnderFirst = ThreadPath.child(firstReply, 4);
        String deeper = ThreadPath.child(nestedUnderFirst, 10);
        String laterUnderFirst = ThreadPath.child(firstReply, 11);
        List<String> paths =
                new ArrayList<>(List.of(secondReply, laterUnderFirst, deeper, update, nestedUnderFirst, firstReply));
        paths.sort(String::compareTo);
        assertEquals(List.of(update, firstReply, nestedUnderFirst, deeper, laterUnderFirst, secondReply), paths);
    }

    @Test
    void numberNineBeforeNumberTenDespiteStringSorting() {
        String update = ThreadPath.root(1);
        assertEquals(-1, Integer.signum(ThreadPath.child(update, 9).compareTo(ThreadPath.child(update, 10))));
    }

    @Test
    void topLevelAncestorIsTheReplyToTheUpdate() {
        String reply = ThreadPath.child(ThreadPath.root(1), 5);
        assertEquals(reply, ThreadPath.topLevelAncestor(ThreadPath.child(ThreadPath.child(reply, 7), 8)));
        assertEquals(ThreadPath.root(1), ThreadPath.topLevelAncestor(ThreadPath.root(1)));
    }

    @Test
    void postNumbersOutsideTheWidthAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ThreadPath.root(0));
        assertThrows(IllegalArgumentException.class, () -> ThreadPath.root(ThreadPath.MAX_POST_NUMBER + 1));
        assertEquals("999999", ThreadPath.root(ThreadPath.MAX_POST_NUMBER));
    }

    @Test
    void justBeforeAPathComesEveryPostBeforeItAndNoneFromIt() {
        // a thread with replies at several depths, numbered as they would be written
        List<String> paths = new ArrayList<>();
        String update = ThreadPath.root(1);
        paths.add(update);
        java.util.Random random = new java.util.Random(42);
        for (int number = 2; number <= 400; number++) {
            String parent = paths.get(random.nextInt(paths.size()));
            paths.add(ThreadPath.child(parent, number));
        }
        paths.sort(String::compareTo);
        for (String path : paths) {
            String cursor = ThreadPath.justBefore(path);
            List<String> fromCursor =
                    paths.stream().filter(p -> p.compareTo(cursor) > 0).toList();
            assertEquals(paths.subList(paths.indexOf(path), paths.size()), fromCursor, path);
        }
    }
}
