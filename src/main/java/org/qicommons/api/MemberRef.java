package org.qicommons.api;

import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/** How any resource shows a member next to something they wrote: never the e-mail address. */
public record MemberRef(Long id, String displayName, String jobTitle, OrganisationRef organisation) {

    public static MemberRef of(Member member) {
        return new MemberRef(
                member.getId(),
                member.getDisplayName(),
                member.getJobTitle(),
                OrganisationRef.of(member.getOrganisation()));
    }

    public record OrganisationRef(Long id, String name, String type, String region) {
        public static OrganisationRef of(Organisation organisation) {
            return organisation == null
                    ? null
                    : new OrganisationRef(
                            organisation.getId(),
                            organisation.getName(),
                            organisation.getType().name(),
                            organisation.getRegion());
        }
    }
}
