/** Search pages: the administrators' index page. */
package org.qicommons.search.web;
