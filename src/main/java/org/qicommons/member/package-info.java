/** Members: the people who use QI Commons, their profiles, passwords and personal access tokens. */
package org.qicommons.member;
