package org.qicommons.config;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.qicommons.discussion.Discussion;
import org.qicommons.discussion.DiscussionService;
import org.qicommons.discussion.Post;
import org.qicommons.group.GroupAccess;
import org.qicommons.group.GroupMembership;
import org.qicommons.group.GroupService;
import org.qicommons.member.Member;
import org.qicommons.member.MemberService;
import org.qicommons.member.Viewer;
import org.qicommons.organisation.Organisation;
import org.qicommons.organisation.OrganisationService;
import org.qicommons.project.ProjectService;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceView;
import org.qicommons.security.PasswordHasher;
import org.qicommons.share.ShareService;
import org.qicommons.share.ShareView;

/**
 * The fictional people, organisations, groups and conversations loaded into an empty database.
 * Everything goes through the use-case services, acting as the member who would have done it, so
 * the sample obeys the same rules (and fills the same change log) as real use. Every name, e-mail
 * address and organisation here is made up; e-mails use the reserved {@code .example} domain.
 */
@Dependent
class SampleForum {
    static final String PASSWORD = "sample-password-2026";
    /** A line break inside a paragraph: not at a blank line, not before a list item. */
    private static final Pattern WRAPPED_LINE = Pattern.compile("(?<!\\n)\\n(?!\\n)(?!\\s*(?:[-*]|\\d+\\.)\\s)\\s*");

    @Inject
    OrganisationService organisations;

    @Inject
    MemberService members;

    @Inject
    GroupService groups;

    @Inject
    DiscussionService discussions;

    @Inject
    ProjectService projects;

    @Inject
    ShareService shares;

    @Inject
    ResourceService resources;

    @Inject
    PasswordHasher hasher;

    /** Every sample member has the same password: hashed once (the salt is shared too). */
    private String passwordHash;

    private SampleTimeline time;
    private Member amara;
    private Member priya;
    private Member tom;
    private Member helen;
    private Member gareth;
    private Member fiona;
    private Member samuel;
    private Member joanna;
    /** The regulator's organisation, which the care home network shares its equity discussion with. */
    private Organisation inspectorate;
    /** The network's equity discussion, and when it is shared with the inspectorate. */
    private long sharedDiscussion;

    private Instant sharedAt;
    /** The equity group's address (another load into the same database gets "-2"). */
    private String equitySlug;

    SampleTimeline load() {
        time = new SampleTimeline();
        people();
        equityGroup();
        measurementGroup();
        careHomeNetwork();
        careHomeEquityProject();
        return time;
    }

    private void people() {
        // Gareth joined first and added the organisations, as the first member of a new site would.
        gareth = member(
                "gareth.lewis@westmoor-hospitals.example",
                "Gareth Lewis",
                null,
                "Head of Quality Improvement",
                "I lead the QI team at Westmoor. Twenty years as a physiotherapist before that, so falls and"
                        + " mobility are never far from my mind. Happy to talk SPC charts with anyone, at length.",
                2,
                5);
        Viewer founder = Viewer.member(gareth.getId());
        Organisation brightwater =
                organisation(founder, "Brightwater Care Homes Group", "CARE_HOME", "North West", 2, 3);
        Organisation riverside =
                organisation(founder, "Riverside Community Healthcare CIC", "COMMUNITY_PROVIDER", "North West", 2, 3);
        // left unverified, so the pages show what an unverified official organisation looks like
        Organisation northfield =
                organisation(founder, "Northfield City Council", "LOCAL_AUTHORITY", "North West", 2, 2);
        inspectorate =
                verified(organisation(founder, "Care Standards Inspectorate", "REGULATOR", "England", 2, 2), 2, 1);
        Organisation westmoor =
                verified(organisation(founder, "Westmoor Hospitals NHS Trust", "NHS_TRUST", "North West", 2, 4), 2, 3);
        Organisation eastvale =
                verified(organisation(founder, "NHS Eastvale Integrated Care Board", "ICB", "North West", 2, 4), 2, 3);
        members.editProfile(
                gareth.getId(),
                new MemberService.ProfileChange(
                        gareth.getDisplayName(), westmoor.getId(), gareth.getJobTitle(), gareth.getBio()));

        fiona = member(
                "fiona.macleod@eastvale-icb.example",
                "Fiona MacLeod",
                eastvale,
                "Senior Analyst, Measurement for Improvement",
                "Analyst turned improver. I help teams across Eastvale measure what matters and plot it over time"
                        + " rather than in red-amber-green tables.",
                2,
                1);
        amara = member(
                "amara.okafor@brightwater-care.example",
                "Amara Okafor",
                brightwater,
                "Programme Lead, Enhanced Health in Care Homes",
                "Registered nurse by background. I lead our enhanced care homes programme across fourteen homes,"
                        + " working with community teams and GP practices. Interested in equity, hydration and"
                        + " end-of-life care.",
                1,
                11);
        priya = member(
                "priya.raman@riverside-community.example",
                "Priya Raman",
                riverside,
                "Quality Improvement and Data Lead",
                "I support our community nursing and therapy teams with data and QI coaching. Particularly"
                        + " interested in making data quality something frontline staff care about.",
                1,
                10);
        tom = member(
                "tom.hartley@northfield.example",
                "Dr Tom Hartley",
                northfield,
                "Consultant in Public Health",
                "Public health consultant leading on health inequalities and older people's health for Northfield.",
                1,
                10);
        helen = member(
                "helen.price@care-standards.example",
                "Helen Price",
                inspectorate,
                "Policy Manager, Adult Social Care",
                "I work on how inspection can recognise and encourage improvement work in adult social care.",
                1,
                9);
        samuel = member(
                "samuel.adeyemi@brightwater-care.example",
                "Samuel Adeyemi",
                brightwater,
                "Registered Manager, Oakfield House",
                "Manager of a 48-bed nursing home. Our team has been testing hydration rounds and"
                        + " a new way of doing handovers.",
                1,
                2);
        joanna = member(
                "joanna.whitfield@westmoor-hospitals.example",
                "Joanna Whitfield",
                westmoor,
                "Improvement Advisor",
                "New to QI after ten years as a ward sister. Learning as I go and keen to hear how others do it.",
                0,
                4);
    }

    /** The public group, and the conversation from issue 2 that the app must carry. */
    private void equityGroup() {
        String slug = equitySlug = group(
                gareth,
                "Achieving equity through QI",
                "For everyone using quality improvement to reduce health inequalities: sharing methods, measures"
                        + " and stories about closing gaps in access, experience and outcomes.",
                "PUBLIC",
                "OPEN",
                1,
                11,
                20);
        for (Member member : new Member[] {amara, priya, tom, helen, fiona}) {
            joined(groups.joinGroup(as(member), slug), time.ago(1, 10, 5, 10, 0));
        }
        groups.updateMembership(as(gareth), slug, tom.getId(), new GroupService.MembershipChange(false, "MODERATOR"));

        Instant posted = time.ago(1, 7, 3, 9, 42);
        Discussion equity = start(amara, slug, "Reducing disparities in outcomes for care home residents", """
                I lead our enhanced health in care homes project across the fourteen homes in the Brightwater group,
                working closely with the local community teams and GP practices.

                One question we keep coming back to is equity. Our residents come from a wide range of backgrounds,
                and for a good number of them English is not their first language, yet we know very little about
                whether their outcomes (unplanned admissions, falls, dying in their preferred place) differ by race,
                ethnicity or language.

                Two questions for the group:

                1. What work have you seen that has reduced disparities in outcomes by **race, ethnicity and
                   language** for care home residents?
                2. How are people **measuring equity** in this kind of project? Which measures have you found
                   meaningful, and how do you stratify them when the numbers in each home are small?

                Any pointers, papers or examples would be very welcome.
                """, posted);
        Post barrier = reply(priya, equity, null, """
                Thanks for raising this, Amara. It's something we've been wrestling with in our community nursing
                teams too.

                Honestly, our main barrier has been the *quality of ethnicity data*. When we first looked, around
                40% of our residents' records had ethnicity recorded as "not stated" or missing altogether, and
                preferred language and interpreter needs were recorded even less often. You can't stratify outcomes
                you can't see.

                What helped was building some simple visual tools: a one-page chart for each home showing how
                complete the ethnicity and preferred-language recording is, with a run chart of completeness over
                time. Staff genuinely like them. They can see their own home improving week by week, and it has
                started much better conversations about why the data matters.
                """, time.plusMinutes(posted, 60 * 26 + 13));
        reply(amara, equity, barrier, """
                This is really helpful, Priya. Data completeness is exactly where we're stuck too. Would you be
                willing to share the tools, or even a screenshot of the chart with the numbers taken out? I'd love
                to show our home managers what good looks like.
                """, time.plusMinutes(posted, 60 * 29 + 5));
        reply(priya, equity, barrier, """
                Just to clarify: the 40% was for our care home caseload only, not the whole organisation. Across all
                our community services it was nearer 25%.
                """, time.plusMinutes(posted, 60 * 29 + 48));
        reply(tom, equity, null, """
                Coming to this thread late, but it's a really useful discussion. I'm in the public health team at
                Northfield and we're in regular contact with the regional team at the Care Standards Inspectorate,
                who have been asking how providers are approaching equity in care homes.

                Would you both be happy for me to share this thread with them? I think it would help to show the
                practical barriers around ethnicity and language data, and the work going on to tackle them.
                """, time.ago(1, 5, 9, 16, 20));

        Instant asked = time.ago(0, 5, 12, 11, 5);
        Discussion inspection =
                start(helen, slug, "What would you want an inspector to notice about equity?", """
                We're reviewing the prompts our inspectors use in care homes. I'd like to hear from people doing the
                work: what evidence of equity-focused improvement would you *want* us to notice and credit, and what
                would feel like box-ticking?
                """, asked);
        Post evidence = reply(amara, inspection, null, """
                Speaking for us: evidence that a home *knows* its residents (recorded ethnicity, language and
                communication needs, what matters to them) and uses that knowledge when planning care. A complete,
                improving data set matters more to me than a polished equality policy in a folder.
                """, time.plusMinutes(asked, 60 * 5 + 30));
        reply(tom, inspection, evidence, """
                Agree with Amara. I'd add: outcomes broken down by group over time, even if the numbers are small and
                the charts are noisy. Seeing that a home *looks* is the first step.
                """, time.plusMinutes(asked, 60 * 24 + 75));
    }

    /** A members-only group that asks to join: anyone signed in can read it. */
    private void measurementGroup() {
        String slug = group(
                fiona,
                "Measurement for improvement",
                "Run charts, SPC, sampling, operational definitions and the practical side of measuring change"
                        + " in health and care. Ask anything, however basic.",
                "MEMBERS",
                "REQUEST",
                1,
                11,
                2);
        for (Member member : new Member[] {gareth, priya}) {
            joined(groups.joinGroup(as(member), slug), time.ago(1, 10, 20, 14, 0));
            groups.updateMembership(as(fiona), slug, member.getId(), new GroupService.MembershipChange(true, null));
        }
        // Joanna's request is left waiting, so the owner has something to approve.
        joined(groups.joinGroup(as(joanna), slug), time.ago(0, 0, 12, 10, 30));

        Instant asked = time.ago(0, 9, 4, 13, 15);
        Discussion charts = start(fiona, slug, "Run charts or SPC when events are rare?", """
                Several care homes in Eastvale are tracking falls, but most homes have somewhere between one and three
                falls a month. Are people using run charts for this, or trying SPC (c-charts, g-charts)?

                At what point is there enough data for control limits to mean anything?
                """, asked);
        Post gCharts = reply(gareth, charts, null, """
                We stay with run charts until we have at least 20 data points, then move to SPC. For rare events, a
                **g-chart** (days between falls) has worked much better for us than counts per month: it reacts
                sooner when things change.
                """, time.plusMinutes(asked, 60 * 3 + 20));
        Post intuitive = reply(fiona, charts, gCharts, """
                Days between falls is a good idea. Did staff find it intuitive, though? Up being good is the
                opposite of every other chart they see.
                """, time.plusMinutes(asked, 60 * 4 + 2));
        reply(gareth, charts, intuitive, """
                Not at first! We annotated the chart with "higher is better" and put it on the huddle board next to
                a plain count, and after a month nobody looked at the count any more.
                """, time.plusMinutes(asked, 60 * 22 + 40));
        reply(priya, charts, null, """
                The "Making Data Count" guidance helped us a lot here, especially its rules for spotting a real
                change rather than reacting to every up and down.
                """, time.plusMinutes(asked, 60 * 50));

        Instant denominators = time.ago(0, 3, 2, 8, 50);
        String question = """
                We report inpatient falls per 1,000 occupied bed days. One ward counts the bed days from the midnight
                census, another from the patient administration system, and the rates differ by about %s.

                Which source do others use, and do you write it into the operational definition?
                """;
        Discussion rates = start(
                gareth,
                slug,
                "Falls per 1,000 occupied bed days: which denominator?",
                question.formatted("10%"),
                denominators);
        reply(fiona, rates, null, """
                Always write it into the operational definition, and keep it fixed once the baseline is set. We use
                the midnight census: it is what every ward already submits, so it is the easiest to keep consistent.
                """, time.plusMinutes(denominators, 60 * 6 + 10));
        long openingId = openingPostId(gareth, rates);
        discussions.editPost(
                as(gareth), openingId, unwrap(question.formatted("8% (not 10% as I first wrote: wrong month)")), null);
        time.edited(openingId, denominators, time.plusMinutes(denominators, 60 * 7 + 5));
    }

    /** A private group that joins by invitation: non-members cannot even see that it exists. */
    private void careHomeNetwork() {
        String slug = group(
                amara,
                "Care home QI leads network",
                "A closed space for people leading improvement in care homes to share work in progress, including"
                        + " the things that did not work. Membership by invitation.",
                "PRIVATE",
                "INVITE",
                1,
                3,
                0);
        for (Member member : new Member[] {samuel, priya}) {
            groups.inviteMember(as(amara), slug, member.getId());
            joined(groups.joinGroup(as(member), slug), time.ago(1, 2, 20, 15, 0));
        }
        // Tom has been invited and has not accepted yet.
        joined(groups.inviteMember(as(amara), slug, tom.getId()), time.ago(0, 0, 9, 9, 30));

        Instant shared = time.ago(0, 1, 14, 19, 10);
        Discussion hydration = start(amara, slug, "Hydration rounds: our PDSA cycles so far", """
                Sharing where we've got to with hydration at Oakfield House, in case it's useful.

                - **PDSA 1:** a drinks trolley at 10:30 and 15:00 on one unit for a week. Intake up, but the trolley
                  was often late because it clashed with medicines rounds.
                - **PDSA 2:** moved the rounds to 11:00 and 15:30 and gave ownership to one named care assistant per
                  shift. Much more reliable.
                - **PDSA 3 (now):** adding residents' own favourite drinks to the care plan, and a simple tally
                  chart by the nurses' station.

                Our measure is the share of residents reaching their daily fluid target. Next step is spreading to
                the second unit.
                """, shared);
        Post tally = reply(samuel, hydration, null, """
                From the floor: the named person on each shift made the biggest difference. The tally chart is
                popular too. The night staff started filling it in without being asked.
                """, time.plusMinutes(shared, 60 * 14 + 25));
        reply(priya, hydration, tally, """
                Lovely to hear. Are you also recording urinary tract infections or falls? It would be good to see
                whether the balancing and outcome measures move along with intake.
                """, time.plusMinutes(shared, 60 * 40));

        // The network's equity discussion, shared (by its author) with the regulator: its inspectors read
        // it, and nothing else of the network.
        Instant started = time.ago(0, 2, 3, 10, 20);
        Discussion equityData =
                start(amara, slug, "Ethnicity and language data in our homes: what we found", """
                Before we can say whether residents' outcomes differ by ethnicity or language, we have to be able to
                count them. A first look across our fourteen homes:

                - ethnicity was "not stated" for **40%** of residents and "not known" for 9%;
                - preferred language was recorded for fewer than half;
                - nobody had been asked *why* we want to know, and several families told us they had never been
                  asked at all.

                We are testing a short explanation and the NHS ethnic category card at admission and at monthly
                reviews in two homes (see our project page). Early results are encouraging: 88% recorded in six
                weeks.
                """, started);
        reply(priya, equityData, null, """
                Same picture in our community caseloads. The explanation matters more than the form: staff felt
                awkward asking until they had words for why.
                """, time.plusMinutes(started, 60 * 26));
        sharedDiscussion = equityData.getId();
        sharedAt = time.plusMinutes(started, 60 * 30);
    }

    /**
     * Amara shares the network's equity discussion with the inspectorate. Only a verified organisation
     * can be shared with, and the sample's verifications are stamped after {@link #load}: so this runs
     * after them, with stamps of its own.
     */
    SampleTimeline shareWithRegulator() {
        SampleTimeline stamps = new SampleTimeline();
        ShareView share = shares.requestShare(
                as(amara),
                new ShareService.ShareRequest(
                        "DISCUSSION",
                        sharedDiscussion,
                        inspectorate.getId(),
                        "The inspectorate asked how care homes can show they know their residents' ethnicity and"
                                + " language; this is our honest starting point."));
        stamps.shared(share.share().getId(), sharedAt);
        return stamps;
    }

    /**
     * A care-home equity project with measures, two PDSA cycles and an equity focus on ethnicity and
     * language, public, and discussed in the equity group where it began.
     */
    private void careHomeEquityProject() {
        Viewer lead = as(amara);
        long equityGroup = groups.findGroup(lead, equitySlug).group().getId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = projects.startProject(
                        lead,
                        new ProjectService.ProjectDraft(
                                "Equal outcomes for care home residents whatever their ethnicity or language",
                                "Fourteen Brightwater care homes, with Riverside's community teams, finding out whether"
                                        + " unplanned admissions and falls differ by ethnicity and language, and"
                                        + " testing changes to close the gaps.",
                                "Record ethnicity and preferred language for 95% of residents by June, and halve the"
                                        + " gap in unplanned admissions between residents who need an interpreter and"
                                        + " those who do not within 18 months.",
                                """
                                A fifth of our residents do not have English as their first language, and we could not
                                say whether their outcomes differ: ethnicity was "not stated" for 40% of residents and
                                preferred language recorded for fewer than half. Staff told us residents who need an
                                interpreter are sent to hospital more often at night, when nobody can explain what is
                                wrong.
                                """,
                                "CARE_HOMES",
                                "TESTING",
                                today.minusMonths(4).toString(),
                                "PUBLIC",
                                null,
                                Set.of("ETHNICITY", "LANGUAGE"),
                                null,
                                """
                                At the start ethnicity was "not stated" (NHS ethnic category Z) for 40% of residents and
                                "not known" for 9%; preferred language was recorded for 46%. After the first cycle, in
                                the two test homes, ethnicity is recorded for 88% and language for 91%.
                                """,
                                """
                                - Asking residents and families *why* we ask about ethnicity made the difference: "not
                                  stated" was mostly never asked, not refused.
                                - An interpreter on the phone at admission takes ten minutes and staff now ask for it.
                                """,
                                Set.of("ethnicity data", "interpreters", "unplanned admissions"),
                                Set.of(equityGroup)))
                .project()
                .getId();
        projects.addTeamMember(lead, id, samuel.getId());
        projects.addTeamMember(lead, id, priya.getId());
        projects.addMeasure(
                lead,
                id,
                new ProjectService.MeasureDraft(
                        "OUTCOME",
                        "Unplanned hospital admissions per 1,000 occupied bed days, by ethnic group and interpreter need",
                        "Emergency admissions from the homes (from the admissions log), divided by occupied bed days in"
                                + " the month, times 1,000; split by the NHS ethnic category and by whether the resident"
                                + " needs an interpreter."));
        projects.addMeasure(
                lead,
                id,
                new ProjectService.MeasureDraft(
                        "PROCESS",
                        "Residents with ethnicity and preferred language recorded",
                        "Residents whose record has an NHS ethnic category other than Z (not stated) or 99 (not"
                                + " known) and a preferred language, as a share of all residents on the last day of the"
                                + " month."));
        projects.addMeasure(
                lead,
                id,
                new ProjectService.MeasureDraft(
                        "BALANCING",
                        "Minutes of staff time per admission",
                        "Time from arrival to care plan agreed, from the admission checklist, median per month."));
        projects.addChangeIdea(lead, id, "Explain why we ask about ethnicity, in the resident's own language");
        projects.addChangeIdea(lead, id, "Book a telephone interpreter for every admission where one is needed");
        projects.recordCycle(
                lead,
                id,
                new ProjectService.CycleDraft(
                        "Asking about ethnicity at admission in two homes",
                        "At Oakfield House and Millbrook, use the NHS ethnic category card with a short explanation of"
                                + " why we ask, at every admission and at each resident's monthly review, for six weeks.",
                        "At least 80% of residents in the two homes will have an ethnic category other than \"not"
                                + " stated\".",
                        "Cards used at 31 reviews and 6 admissions; two families asked for the card in Urdu.",
                        "88% recorded (from 52%). Most \"not stated\" residents had simply never been asked.",
                        "ADAPT",
                        "Spread to all homes with the card translated into the five most spoken languages.",
                        today.minusMonths(4).toString(),
                        today.minusMonths(3).minusDays(2).toString()));
        projects.recordCycle(
                lead,
                id,
                new ProjectService.CycleDraft(
                        "Telephone interpreter at admission",
                        "For every admission where the resident or family prefers a language other than English,"
                                + " book the telephone interpreting line for the admission conversation, in three homes.",
                        "Staff will use it for most such admissions, and the care plan will record what matters to"
                                + " the resident in their own words.",
                        null,
                        null,
                        null,
                        null,
                        today.minusMonths(1).minusDays(10).toString(),
                        null));
        time.project(id, time.ago(0, 7, 2, 10, 30), time.ago(0, 1, 10, 16, 5));
        ethnicityCard(id);
        projectUpdates(id);
    }

    /** The project's update stream: the lead reports the interpreter cycle, a reply comes weeks later. */
    private void projectUpdates(long projectId) {
        Discussion first = discussions.startProjectUpdate(
                as(amara), projectId, "Interpreter at admission: the first three weeks", unwrap("""
                        Three homes have booked the telephone interpreting line for 9 of the 11 admissions where the
                        resident or family prefers a language other than English. The two we missed were night
                        admissions, so the next thing we try is a laminated card with the line's number and the
                        home's account code in the night staff's handover folder.

                        Has anyone found a way to get interpreters for out-of-hours admissions that does not depend
                        on the night nurse remembering?
                        """));
        Instant posted = time.ago(0, 0, 24, 9, 15);
        time.created("discussion", first.getId(), posted);
        time.created("post", openingPostId(amara, first), posted);
        reply(priya, first, null, """
                Sorry to be slow, I'm just seeing this after leave. Our out-of-hours GP service keeps the interpreting
                line on the same speed-dial card as the on-call GP, so nobody has to find it: happy to share ours.
                """, time.ago(0, 0, 3, 18, 40));
    }

    /** The project's visual tool, a PDF, adapted by Riverside for community nursing. */
    private void ethnicityCard(long projectId) {
        byte[] pdf = SamplePdf.card(
                "Why we ask about your ethnicity and language",
                List.of(
                        "We ask everyone who lives with us the same questions.",
                        "It helps us check that everyone gets the same good care,",
                        "whatever their background or the language they speak.",
                        "",
                        "1. Which of these best describes your ethnic group? (NHS categories A to S)",
                        "2. Which language would you like us to use with you?",
                        "3. Would you like an interpreter when we talk about your care?",
                        "",
                        "You do not have to answer. You can change your answers at any time."));
        ResourceView card = resources.shareResource(
                as(amara),
                new ResourceService.ResourceDraft(
                        "Ethnicity and language recording card",
                        "A one-page card staff use at admission and at monthly reviews: the three questions, and"
                                + " why we ask them, in plain English. Used in our first PDSA cycle; translated versions"
                                + " are coming.",
                        "VISUAL_TOOL",
                        "CC_BY",
                        "PUBLIC",
                        null,
                        null,
                        Set.of(projectId),
                        Set.of(groups.findGroup(as(amara), equitySlug).group().getId()),
                        Set.of("ethnicity data", "admission", "interpreters")),
                new ResourceService.Upload("ethnicity-recording-card.pdf", new java.io.ByteArrayInputStream(pdf)));
        time.resource(card.resource().getId(), time.ago(0, 3, 25, 14, 40), time.ago(0, 2, 8, 9, 15));
        resources.recordAdaptation(
                as(priya),
                card.resource().getId(),
                null,
                "We adapted it for community nursing caseloads: the same questions at the first home visit,"
                        + " with a line about how we share the answers with the GP practice.");
    }

    private Organisation organisation(Viewer founder, String name, String type, String region, int years, int months) {
        Organisation organisation = organisations.addOrganisation(founder, name, type, region);
        time.created("organisation", organisation.getId(), time.ago(years, months, 0, 9, 0));
        return organisation;
    }

    private static Long idOf(Organisation organisation) {
        return organisation == null ? null : organisation.getId();
    }

    private Organisation verified(Organisation organisation, int years, int months) {
        time.verified(organisation.getId(), time.ago(years, months, 0, 14, 0));
        return organisation;
    }

    private Member member(
            String email, String name, Organisation organisation, String jobTitle, String bio, int years, int months) {
        if (passwordHash == null) {
            passwordHash = hasher.hash(PASSWORD);
        }
        Member member = members.signUp(
                new MemberService.SignUp(email, name, PASSWORD, idOf(organisation), jobTitle), passwordHash);
        members.editProfile(member.getId(), new MemberService.ProfileChange(name, idOf(organisation), jobTitle, bio));
        time.created("member", member.getId(), time.ago(years, months, 0, 10, 15));
        return member;
    }

    private String group(
            Member owner,
            String name,
            String description,
            String visibility,
            String joinPolicy,
            int years,
            int months,
            int days) {
        GroupAccess group =
                groups.createGroup(as(owner), new GroupService.NewGroup(name, description, visibility, joinPolicy));
        Instant at = time.ago(years, months, days, 12, 0);
        time.created("qi_group", group.group().getId(), at);
        joined(group.membership(), at);
        return group.group().getSlug();
    }

    private void joined(GroupMembership membership, Instant at) {
        time.created("group_membership", membership.getId(), at);
    }

    private Discussion start(Member author, String slug, String title, String body, Instant at) {
        Discussion discussion = discussions.startDiscussion(as(author), slug, title, unwrap(body));
        time.created("discussion", discussion.getId(), at);
        time.created("post", openingPostId(author, discussion), at);
        return discussion;
    }

    private Post reply(Member author, Discussion discussion, Post replyTo, String body, Instant at) {
        Post post = discussions.reply(
                as(author), discussion.getId(), replyTo == null ? null : replyTo.getId(), unwrap(body));
        time.created("post", post.getId(), at);
        return post;
    }

    private long openingPostId(Member author, Discussion discussion) {
        return discussions
                .readThread(as(author), discussion.getId(), null, 1)
                .posts()
                .getFirst()
                .id();
    }

    /**
     * Joins the lines of each paragraph, so the source can wrap at 120 columns: the renderer keeps
     * single line breaks as {@code <br>}, as people typing in a text box expect. List items stay on
     * their own lines.
     */
    static String unwrap(String text) {
        return WRAPPED_LINE.matcher(text.strip()).replaceAll(" ");
    }

    private static Viewer as(Member member) {
        return Viewer.member(member.getId());
    }
}
