package org.qicommons.resource.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qicommons.core.ForbiddenException;
import org.qicommons.core.InvalidInputException;
import org.qicommons.core.NotFoundException;
import org.qicommons.group.GroupService;
import org.qicommons.group.GroupSummary;
import org.qicommons.group.MembershipStatus;
import org.qicommons.resource.ResourceService;
import org.qicommons.resource.ResourceService.ResourceDraft;
import org.qicommons.resource.ResourceService.Upload;
import org.qicommons.resource.ResourceView;
import org.qicommons.security.CurrentMember;
import org.qicommons.ui.Pages;

/**
 * Sharing a tool: a file (checked from its bytes) or a link, with what it is, its licence and who may
 * read it. A stateful form (Faces' own view state guards the multipart postback).
 */
@Named
@RequestScoped
public class ResourceFormPage {
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("title", "Title"),
            Map.entry("description", "Description"),
            Map.entry("type", "Kind of resource"),
            Map.entry("licence", "Licence"),
            Map.entry("reach", "Who can read it"),
            Map.entry("groupId", "Group"),
            Map.entry("linkUrl", "Web address"),
            Map.entry("file", "File"),
            Map.entry("tags", "Tags"),
            Map.entry("projectIds", "Project"),
            Map.entry("relatedGroupIds", "Related groups"));

    @Inject
    ResourceService resources;

    @Inject
    GroupService groups;

    @Inject
    CurrentMember current;

    private String title;
    private String description;
    private String type;
    private String licence = "CC_BY";
    private String reach = "MEMBERS";
    private Long groupId;
    private String linkUrl;
    private String tags;
    private Part file;
    private List<GroupSummary> myGroups;
    private List<String> relatedGroups = new ArrayList<>();

    public void check() {
        if (!current.isSignedIn()) {
            Pages.redirect("/member/signin.xhtml?next=%2Fresource%2Fnew.xhtml");
        }
    }

    public void share() {
        Set<String> tagSet = new LinkedHashSet<>();
        if (tags != null) {
            tagSet.addAll(List.of(tags.split(",")));
        }
        boolean hasFile = file != null && file.getSize() > 0;
        // from a project's page ("Share a tool from this project"): the address names the project
        Long project = Pages.longParam("project");
        ResourceDraft draft = new ResourceDraft(
                title,
                description,
                type,
                licence,
                reach,
                groupId,
                hasFile ? null : linkUrl,
                project == null ? Set.of() : Set.of(project),
                relatedGroups.stream().map(Long::valueOf).collect(java.util.stream.Collectors.toSet()),
                tagSet);
        ResourceView shared;
        try {
            Upload upload = hasFile ? new Upload(file.getSubmittedFileName(), file.getInputStream()) : null;
            shared = resources.shareResource(current.viewer(), draft, upload);
        } catch (InvalidInputException e) {
            Pages.invalid("resource", e, LABELS);
            return;
        } catch (ForbiddenException | NotFoundException e) {
            Pages.error(null, Pages.sentence(e.getMessage()));
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pages.done("Your resource has been shared.");
        Pages.redirect("/resource/view.xhtml?id=" + shared.resource().getId());
    }

    public List<String> getRelatedGroups() {
        return relatedGroups;
    }

    public void setRelatedGroups(List<String> relatedGroups) {
        this.relatedGroups = relatedGroups == null ? new ArrayList<>() : relatedGroups;
    }

    public List<GroupSummary> getMyGroups() {
        if (myGroups == null) {
            myGroups = groups.listGroups(current.viewer()).stream()
                    .filter(summary -> summary.mine() != null && summary.mine().getStatus() == MembershipStatus.ACTIVE)
                    .toList();
        }
        return myGroups;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getReach() {
        return reach;
    }

    public void setReach(String reach) {
        this.reach = reach;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
