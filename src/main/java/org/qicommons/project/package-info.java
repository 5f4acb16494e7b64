/**
 * QI projects: what an improvement project records under the Model for Improvement (aim, measures,
 * change ideas, PDSA cycles, equity focus, what was learned), who runs it and who may read it. A
 * project is one aggregate; its parts are changed only through {@link org.qicommons.project.ProjectService}.
 */
package org.qicommons.project;
