/**
 * Certificate checks for every connection the adapter makes: the trust the HTTP clients and the
 * mail sender use (the Java runtime's certificate authorities, plus a council's own when it gives a
 * trust store), and the PostgreSQL URLs made to verify the server's certificate and name.
 */
package uk.irodispute.tls;
