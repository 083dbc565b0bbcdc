/**
 * What the adapter puts in the log's MDC beside Camel's own route and exchange ids: the system and
 * the dispute a line is about ({@code iro.system}, {@code iro.dispute}), so that a JSON log can be
 * searched by them. Identifiers only, never a child or a note's content.
 */
package uk.irodispute.logging;
