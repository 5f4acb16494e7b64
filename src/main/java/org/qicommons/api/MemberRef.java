package org.qicommons.api;

import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/** How any resource shows a member next to something they wrote: never the e-mail address. */
public record MemberRef(Long id, String displayName, String jobTitle, OrganisationRef organisation) {

    public static MemberRef of(Member member) {
        return new MemberRef(member.getId(), member.getDisplayName(), member.getJobTitle(), OrganisationRef.of(member));
    }

    /**
     * An organisation; {@code verified} says whether a site administrator has verified it (for an
     * official type: regulator, NHS trust, ICB, local authority) — as someone's organisation, whether
     * it vouches for them (see {@link Member#isOrganisationVouched()}).
     */
    public record OrganisationRef(Long id, String name, String type, String region, boolean verified) {
        public static OrganisationRef of(Organisation organisation) {
            return organisation == null ? null : of(organisation, organisation.isVerified());
        }

        /** The member's organisation, verified only if it vouches for this member. */
        public static OrganisationRef of(Member member) {
            Organisation organisation = member.getOrganisation();
            return organisation == null
                    ? null
                    : of(organisation, organisation.isVerified() && member.isOrganisationVouched());
        }

        private static OrganisationRef of(Organisation organisation, boolean verified) {
            return new OrganisationRef(
                    organisation.getId(),
                    organisation.getName(),
                    organisation.getType().name(),
                    organisation.getRegion(),
                    verified);
        }
    }
}
