package uk.irodispute.tls;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A council's own certificate authorities, trusted beside the Java runtime's for HTTPS and SMTP.
 *
 * @param trustStore a PKCS12 or JKS file holding the council's CA certificates; null for the Java
 *     runtime's authorities only
 * @param trustStorePassword its password, from the environment or a mounted file; may be empty
 * @param trustStoreType the file's type, {@code PKCS12} (which also reads JKS) or {@code JKS}
 */
@ConfigurationProperties("iro.tls")
public record TlsSettings(
    Path trustStore, String trustStorePassword, @DefaultValue("PKCS12") String trustStoreType) {}
