package org.qicommons.message;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A private conversation: who takes part. Its messages are a discussion in it. */
@Entity
@Table(name = "conversation")
public class Conversation {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversation_seq")
    @SequenceGenerator(name = "conversation_seq", sequenceName = "conversation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "started_by")
    private long startedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "conversation_member", joinColumns = @JoinColumn(name = "conversation_id"))
    @Column(name = "member_id")
    private Set<Long> participants = new HashSet<>();

    protected Conversation() {}

    public Conversation(long startedBy, Set<Long> others, Instant createdAt) {
        this.startedBy = startedBy;
        this.createdAt = createdAt;
        this.participants.add(startedBy);
        this.participants.addAll(others);
    }

    public Long getId() {
        return id;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getParticipants() {
        return Set.copyOf(participants);
    }

    public boolean includes(Long memberId) {
        return memberId != null && participants.contains(memberId);
    }
}
