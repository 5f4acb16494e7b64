/** Organisations members belong to: NHS trusts, care homes, regulators and the rest. */
package org.qicommons.organisation;
