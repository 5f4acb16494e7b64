/** Pages for members: sign up, sign in and out, profiles. */
package org.qicommons.member.web;
