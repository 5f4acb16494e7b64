/**
 * Shared resources: the tools and learning members share (files and links). For now it holds the
 * {@link org.qicommons.resource.FileStore}, where uploaded files' bytes live; the resources
 * themselves arrive with issue 9.
 */
package org.qicommons.resource;
