/**
 * The Camel side of reading case systems: the beans the poll routes in {@code routes/poll.yaml}
 * call to build each page's request, authenticate, read the page and move the watermark, and the
 * installer that gives every enabled system file its own poll route.
 */
package uk.irodispute.polling;
