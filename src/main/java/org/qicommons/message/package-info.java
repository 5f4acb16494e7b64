/**
 * Private messages: conversations between two members or a small group, threaded like discussions
 * (their posts are a discussion whose place is the conversation), and blocking. E-mail addresses are
 * never shown: members reach each other here.
 */
package org.qicommons.message;
