package org.qicommons.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Which members a post mentions: profile links written as "@Name", as the editor inserts them. */
class MentionsTest {
    @Test
    void profileLinksWrittenWithAnAtSignAreMentionsEachOnce() {
        String body = "Thanks [@Priya Raman](/member/view.xhtml?id=12), and [@Tom](/member/view.xhtml?id=7)!"
                + " As [@Priya Raman](/member/view.xhtml?id=12) said, see [her profile](/member/view.xhtml?id=12)"
                + " and [@Elsewhere](https://example.org/member/view.xhtml?id=9).";
        assertEquals(List.of(12L, 7L), List.copyOf(Notifier.mentioned(body)));
    }

    @Test
    void plainTextAndBrokenLinksAreNotMentions() {
        assertEquals(List.of(), List.copyOf(Notifier.mentioned("@Priya Raman, see /member/view.xhtml?id=12")));
        assertEquals(List.of(), List.copyOf(Notifier.mentioned("[@Priya\nRaman](/member/view.xhtml?id=12)")));
        assertEquals(List.of(), List.copyOf(Notifier.mentioned(null)));
    }

    @Test
    void atMostTenMembersAreTold() {
        StringBuilder body = new StringBuilder();
        LongStream.rangeClosed(1, 15)
                .forEach(id -> body.append("[@M")
                        .append(id)
                        .append("](/member/view.xhtml?id=")
                        .append(id)
                        .append(") "));
        assertEquals(Notifier.MAX_MENTIONS, Notifier.mentioned(body.toString()).size());
    }
}
