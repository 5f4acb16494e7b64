package org.qicommons.project;

/** NHS England's Core20PLUS5 clinical areas for adults and for children and young people; stored by name. */
public enum Core20Plus5 {
    MATERNITY("Maternity"),
    SEVERE_MENTAL_ILLNESS("Severe mental illness"),
    CHRONIC_RESPIRATORY_DISEASE("Chronic respiratory disease"),
    EARLY_CANCER_DIAGNOSIS("Early cancer diagnosis"),
    HYPERTENSION("Hypertension case-finding and lipid management"),
    SMOKING_CESSATION("Smoking cessation"),
    CYP_ASTHMA("Children and young people: asthma"),
    CYP_DIABETES("Children and young people: diabetes"),
    CYP_EPILEPSY("Children and young people: epilepsy"),
    CYP_ORAL_HEALTH("Children and young people: oral health"),
    CYP_MENTAL_HEALTH("Children and young people: mental health");

    private final String label;

    Core20Plus5(String label) {
        this.label = label;
    }

    /** Plain-English name for pages. */
    public String label() {
        return label;
    }
}
