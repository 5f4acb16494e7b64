/**
 * Who the caller is: the authentication mechanism (session for pages, bearer personal access tokens
 * for the API), password hashing, sign-in throttling, CSRF tokens and security headers. What a
 * caller may do is decided by {@link org.qicommons.group.PermissionPolicy}, not here.
 */
package org.qicommons.security;
