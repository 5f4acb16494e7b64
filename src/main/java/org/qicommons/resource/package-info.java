/**
 * Shared resources: the tools and learning members share (a file or a link), with their type, licence,
 * the organisation that made them, related projects, and who adapted them. Uploaded files are kept in
 * the {@link org.qicommons.resource.FileStore}, their type read from their bytes against an allow-list.
 */
package org.qicommons.resource;
