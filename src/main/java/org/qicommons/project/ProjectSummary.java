package org.qicommons.project;

import java.util.List;
import org.qicommons.member.Member;
import org.qicommons.organisation.Organisation;

/** A project in a list: the project, its lead and the organisations involved. */
public record ProjectSummary(Project project, Member lead, List<Organisation> organisations) {}
