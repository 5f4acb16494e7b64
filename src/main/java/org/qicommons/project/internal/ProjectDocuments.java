package org.qicommons.project.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.StringJoiner;
import org.qicommons.access.ItemKind;
import org.qicommons.access.Shares;
import org.qicommons.change.Subject;
import org.qicommons.member.Member;
import org.qicommons.project.ChangeIdea;
import org.qicommons.project.EquityFocus;
import org.qicommons.project.Measure;
import org.qicommons.project.PdsaCycle;
import org.qicommons.project.Project;
import org.qicommons.search.HitType;
import org.qicommons.search.SearchDocument;
import org.qicommons.search.SharedItemDocuments;

/**
 * Projects as search documents: one per project, its text made of everything a searcher might
 * remember it by (aim, problem, equity focus, measures, change ideas, PDSA cycles, learning, tags),
 * written by its lead, readable by its audience ({@code Audience.terms()}), so that the index asks
 * the same access policy as the project page. Any change inside a project is one PROJECT entry.
 */
@ApplicationScoped
@Transactional
public class ProjectDocuments extends SharedItemDocuments<Project> {
    @PersistenceContext(unitName = "qicommons")
    EntityManager em;

    @Inject
    Shares shares;

    public ProjectDocuments() {
        super(Subject.PROJECT, ItemKind.PROJECT, HitType.PROJECT, Project.class);
    }

    @Override
    protected EntityManager em() {
        return em;
    }

    @Override
    protected Shares shares() {
        return shares;
    }

    @Override
    protected SearchDocument document(Project project) {
        Member lead = em.find(Member.class, project.getLeadId());
        return SearchDocument.writtenBy(
                        lead,
                        HitType.PROJECT,
                        project.getId(),
                        null,
                        null,
                        project.getTitle(),
                        text(project),
                        project.getCreatedAt())
                .withAudience(project.audience(shares.organisationsOf(ItemKind.PROJECT, project.getId()))
                        .terms())
                .withLabels(labels(project));
    }

    /** The project's search facets: setting, stage, each equity focus and each tag. */
    private static List<SearchDocument.Label> labels(Project project) {
        List<SearchDocument.Label> labels = new java.util.ArrayList<>();
        labels.add(new SearchDocument.Label(
                "setting", project.getSetting().name(), project.getSetting().label()));
        labels.add(new SearchDocument.Label(
                "stage", project.getStage().name(), project.getStage().label()));
        project.getEquityFocus()
                .forEach(focus -> labels.add(new SearchDocument.Label("equityFocus", focus.name(), focus.label())));
        project.getTags().forEach(tag -> labels.add(new SearchDocument.Label("tag", tag, tag)));
        return labels;
    }

    /** Markdown paragraphs: the indexer reduces it to plain text for searching and snippets. */
    private String text(Project project) {
        StringJoiner text = new StringJoiner("\n\n");
        text.add(project.getSummary());
        addIfPresent(text, project.getAim());
        addIfPresent(text, project.getProblem());
        project.getEquityFocus().stream().map(EquityFocus::label).forEach(text::add);
        em.createQuery("select m from Measure m where m.projectId = :id order by m.id", Measure.class)
                .setParameter("id", project.getId())
                .getResultStream()
                .forEach(measure -> text.add(measure.getName() + ": " + measure.getDefinition()));
        em.createQuery("select c from ChangeIdea c where c.projectId = :id order by c.id", ChangeIdea.class)
                .setParameter("id", project.getId())
                .getResultStream()
                .forEach(idea -> text.add(idea.getDescription()));
        em.createQuery("select c from PdsaCycle c where c.projectId = :id order by c.id", PdsaCycle.class)
                .setParameter("id", project.getId())
                .getResultStream()
                .forEach(cycle -> {
                    text.add(cycle.getTitle());
                    text.add(cycle.getPlan());
                    addIfPresent(text, cycle.getStudy());
                });
        addIfPresent(text, project.getDataQuality());
        addIfPresent(text, project.getLearning());
        if (!project.getTags().isEmpty()) {
            text.add(String.join(", ", project.getTags()));
        }
        return text.toString();
    }

    private static void addIfPresent(StringJoiner text, String value) {
        if (value != null && !value.isBlank()) {
            text.add(value);
        }
    }
}
