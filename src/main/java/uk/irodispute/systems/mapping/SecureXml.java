package uk.irodispute.systems.mapping;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses pages from a case system with the JDK's parser, refusing anything that could reach outside
 * the page: a document type declaration (so no DTDs and no entities, internal or external),
 * XInclude, external schemas, and elements nested deeper than {@link #MOST_DEPTH}. Parse errors are
 * never printed, since they may quote the page.
 */
final class SecureXml {

  /**
   * The deepest nesting of elements taken. Reading the text of a deeply nested element recurses,
   * and a page a hundred thousand deep would overflow the stack; a page of notes is a few deep.
   */
  static final int MOST_DEPTH = 256;

  /** The JDK's parser limit on element depth (JAXP's {@code jdk.xml.maxElementDepth}). */
  private static final String MAX_ELEMENT_DEPTH = "jdk.xml.maxElementDepth";

  private SecureXml() {}

  /**
   * @throws MalformedPageException when the text is not XML or declares a document type
   */
  static Document parse(String text) {
    try {
      DocumentBuilder builder = factory().newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entities are refused");
          });
      return builder.parse(new InputSource(new StringReader(text == null ? "" : text)));
    } catch (SAXException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      if (message.contains("DOCTYPE")) {
        throw new MalformedPageException(
            "the page declares a document type (DOCTYPE), which is refused");
      }
      if (message.contains("maxElementDepth")) {
        throw new MalformedPageException(
            "the page nests elements more than " + MOST_DEPTH + " deep, which is refused");
      }
      throw new MalformedPageException("the page is not XML");
    } catch (IOException | ParserConfigurationException e) {
      throw new MalformedPageException("the page could not be read as XML");
    }
  }

  /** An XPath evaluator with extension functions switched off. */
  static XPath xpath() {
    XPathFactory factory = XPathFactory.newInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (XPathFactoryConfigurationException e) {
      throw new IllegalStateException("the JDK's XPath cannot be made secure", e);
    }
    return factory.newXPath();
  }

  private static DocumentBuilderFactory factory() throws ParserConfigurationException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(MOST_DEPTH));
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(false);
    return f;
  }

  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings change nothing and may quote the page
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}
