package org.qicommons.group.web;

import java.util.Map;
import org.qicommons.group.Group;

/** What the create-a-group and group-settings forms hold, and the labels their messages use. */
public class GroupForm {
    static final Map<String, String> LABELS = Map.of(
            "name", "Name",
            "description", "Description",
            "visibility", "Who can read it",
            "joinPolicy", "How people join");

    private String name;
    private String description;
    private String visibility = "PUBLIC";
    private String joinPolicy = "OPEN";

    /** The form filled in with the group as it is. */
    static GroupForm of(Group group) {
        GroupForm form = new GroupForm();
        form.name = group.getName();
        form.description = group.getDescription();
        form.visibility = group.getVisibility().name();
        form.joinPolicy = group.getJoinPolicy().name();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getJoinPolicy() {
        return joinPolicy;
    }

    public void setJoinPolicy(String joinPolicy) {
        this.joinPolicy = joinPolicy;
    }
}
