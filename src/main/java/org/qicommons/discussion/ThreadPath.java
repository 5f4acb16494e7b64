package org.qicommons.discussion;

/**
 * A post's place in its thread: the post numbers of its ancestors and itself, each zero-padded to
 * {@link #WIDTH} digits. Sorting paths as strings gives thread order: a post comes right after its
 * parent, and replies to the same post come in the order they were written.
 */
public final class ThreadPath {
    public static final int WIDTH = 6;
    /** Post numbers have WIDTH digits, so a discussion holds at most this many posts. */
    public static final int MAX_POST_NUMBER = 999_999;

    private ThreadPath() {}

    public static String root(int postNumber) {
        return segment(postNumber);
    }

    public static String child(String parentPath, int postNumber) {
        return parentPath + segment(postNumber);
    }

    public static int depth(String path) {
        return path.length() / WIDTH - 1;
    }

    /** The path of the top-level reply a post belongs to (the post itself if it is one), or the root. */
    public static String topLevelAncestor(String path) {
        return path.length() <= 2 * WIDTH ? path : path.substring(0, 2 * WIDTH);
    }

    /**
     * A thread cursor that sorts after every post before {@code path} in thread order and before the
     * post itself, so a page read "after" it starts at that post (used to open a long thread at a
     * permalink). For the opening post it is the empty cursor.
     */
    public static String justBefore(String path) {
        if (path.length() <= WIDTH) {
            return "";
        }
        int lastStart = path.length() - WIDTH;
        int number = Integer.parseInt(path.substring(lastStart));
        return path.substring(0, lastStart)
                + "0".repeat(WIDTH - Integer.toString(number - 1).length())
                + (number - 1)
                + MAX_POST_NUMBER;
    }

    private static String segment(int postNumber) {
        if (postNumber < 1 || postNumber > MAX_POST_NUMBER) {
            throw new IllegalArgumentException("post number out of range: " + postNumber);
        }
        String digits = Integer.toString(postNumber);
        return "0".repeat(WIDTH - digits.length()) + digits;
    }
}
