package uk.irodispute.sandbox;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Writes XML by hand, every value escaped, and reads it without DTDs or external entities. */
final class Xml {

  private final StringBuilder out = new StringBuilder();

  static String escape(String s) {
    StringBuilder e = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> e.append("&amp;");
        case '<' -> e.append("&lt;");
        case '>' -> e.append("&gt;");
        case '"' -> e.append("&quot;");
        case '\'' -> e.append("&apos;");
        default -> e.append(c);
      }
    }
    return e.toString();
  }

  /** Opens an element with attributes given as name, value pairs; null values are left out. */
  Xml open(String name, String... attributes) {
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
    out.append('>');
    return this;
  }

  Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An element holding only text; left out when the text is null. */
  Xml element(String name, String text) {
    if (text != null) {
      open(name).text(text).close(name);
    }
    return this;
  }

  Xml text(String text) {
    out.append(escape(text));
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Parses a body, refusing doctypes and external entities. */
  static Document parse(String body) throws IOException, SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new InputSource(new StringReader(body)));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be set up safely", e);
    }
  }
}
