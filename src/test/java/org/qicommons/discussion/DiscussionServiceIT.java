package org.qicommons.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qicommons.group.GroupService;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.testing.Deployments;

@ExtendWith(ArquillianExtension.class)
class DiscussionServiceIT {
    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestPackages(DiscussionServiceIT.class.getPackage());
    }

    @Inject
    MemberService members;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Test
    void nestedRepliesComeBackInThreadOrder() {
        long ann = members.signUp(new MemberService.SignUp("ann-it@example.org", "Ann", "long enough password", null, null)).getId();
        Viewer viewer = Viewer.member(ann);
        String slug = groups.createGroup(viewer, new GroupService.NewGroup("IT group", null, "PUBLIC", "OPEN")).group().getSlug();
        Discussion d = discussions.startDiscussion(viewer, slug, "T", "opening");
        Post r1 = discussions.reply(viewer, d.getId(), null, "r1");
        discussions.reply(viewer, d.getId(), null, "r2");
        discussions.reply(viewer, d.getId(), r1.getId(), "r1.1");
        ThreadView thread = discussions.readThread(Viewer.anonymous(), d.getId(), null, 0);
        assertEquals(java.util.List.of("opening", "r1", "r1.1", "r2"), thread.posts().stream().map(PostView::body).toList());
    }
}
