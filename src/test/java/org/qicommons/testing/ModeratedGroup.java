package org.qicommons.testing;

import java.util.List;
import org.qicommons.testing.ApiClient.Account;

/**
 * A group made through the API for moderation tests: its owner, a member who posts something a
 * moderator may need to deal with, and three readers (enough flags to hide it), with the
 * discussion and that post.
 */
public record ModeratedGroup(
        String slug, Account owner, Account author, List<Account> readers, long discussion, long post) {

    /** {@code visibility}: PUBLIC, MEMBERS or PRIVATE (the members are invited, then accept). */
    public static ModeratedGroup create(ApiClient api, String visibility) {
        Account owner = api.signUp(SampleMembers.named("Group owner", "Matron"), null);
        Account author = api.signUp(SampleMembers.named("Flagged author", "Nurse"), null);
        List<Account> readers = List.of(
                api.signUp(SampleMembers.named("Reader one", null), null),
                api.signUp(SampleMembers.named("Reader two", null), null),
                api.signUp(SampleMembers.named("Reader three", null), null));
        String slug = api.createGroup(owner.token(), SampleMembers.unique("Moderated group"), visibility, "OPEN");
        for (Account member : List.of(author, readers.get(0), readers.get(1), readers.get(2))) {
            if (visibility.equals("PRIVATE")) {
                api.invite(owner.token(), slug, member.id());
            }
            api.join(member.token(), slug).expect(200);
        }
        long discussion = api.startDiscussion(owner.token(), slug, "Falls huddles", "How do your huddles run?")
                .getJsonNumber("id")
                .longValue();
        long post = api.reply(author.token(), discussion, null, SampleMembers.unique("Buy cheap watches at"))
                .getJsonNumber("id")
                .longValue();
        return new ModeratedGroup(slug, owner, author, readers, discussion, post);
    }
}
