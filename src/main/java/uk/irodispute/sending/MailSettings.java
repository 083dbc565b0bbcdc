package uk.irodispute.sending;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server alerts are sent through.
 *
 * @param host the server's host name
 * @param port its port (587 for STARTTLS submission, 465 for SMTPS, 25; 3025 for the sandbox)
 * @param from the sender address alerts carry
 * @param username the user to log in as; empty for a server that takes mail without login
 * @param password from the environment ({@code IRO_SMTP_PASSWORD}); never in a file
 * @param startTls upgrade the connection with STARTTLS, and refuse to send if the server cannot
 * @param ssl connect over TLS from the start (SMTPS)
 */
@ConfigurationProperties("iro.mail")
public record MailSettings(
    String host,
    int port,
    String from,
    String username,
    String password,
    boolean startTls,
    boolean ssl) {}
