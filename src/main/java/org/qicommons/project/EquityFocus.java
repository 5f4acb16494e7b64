package org.qicommons.project;

/** Whose outcomes a project aims to even out: the protected characteristics of the Equality Act 2010 with language, deprivation, inclusion-health groups and geography, as health inequalities work names them; stored by name. */
public enum EquityFocus {
    ETHNICITY("Ethnicity"),
    LANGUAGE("Language and interpreting"),
    DEPRIVATION("Deprivation"),
    DISABILITY("Disability"),
    AGE("Age"),
    SEX("Sex"),
    RELIGION("Religion or belief"),
    SEXUAL_ORIENTATION("Sexual orientation"),
    GENDER_REASSIGNMENT("Gender reassignment"),
    PREGNANCY_MATERNITY("Pregnancy and maternity"),
    INCLUSION_HEALTH("Inclusion-health groups"),
    GEOGRAPHY("Geography (rural, coastal, urban)");

    private final String label;

    EquityFocus(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
