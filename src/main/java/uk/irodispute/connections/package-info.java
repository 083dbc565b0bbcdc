/**
 * What polling and sending share to reach a case system: the Authorization header of a system's
 * {@code auth} section ({@link uk.irodispute.connections.AuthHeaders}), OAuth2 client-credentials
 * tokens ({@link uk.irodispute.connections.OAuth2Tokens}), the JDBC pools of sources and
 * integration tables ({@link uk.irodispute.connections.SystemConnections}) and the secrets they
 * carry ({@link uk.irodispute.connections.SystemSecrets}). The trust they use is {@code
 * uk.irodispute.tls}.
 */
package uk.irodispute.connections;
