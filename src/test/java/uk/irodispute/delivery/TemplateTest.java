package uk.irodispute.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {{name}} templates of system files and messages, and the escaping each place needs. */
class TemplateTest {

  private static final String NASTY = "<script>alert(\"x&y\")</script>\n'/ü";

  @Test
  void fillsValuesWithOrWithoutSpacesInsideTheBraces() {
    var t = Template.parse("Dispute {{reference}} at {{ stageName }}.");
    assertThat(
            t.render(
                Map.of("reference", "DRP-2026-000042", "stageName", "Stage 2"), Escaping.PLAIN))
        .isEqualTo("Dispute DRP-2026-000042 at Stage 2.");
    assertThat(t.names()).containsExactly("reference", "stageName");
  }

  @Test
  void aSectionShowsOnlyWhenItsValueIsGivenAndAnInvertedOneOnlyWhenNot() {
    var t = Template.parse("{{#dueAt}}due {{dueAt}}{{/dueAt}}{{^dueAt}}no fixed time{{/dueAt}}");
    assertThat(t.render(Map.of("dueAt", "today"), Escaping.PLAIN)).isEqualTo("due today");
    assertThat(t.render(Map.of("dueAt", ""), Escaping.PLAIN)).isEqualTo("no fixed time");
    Map<String, String> none = new HashMap<>();
    none.put("dueAt", null);
    assertThat(t.render(none, Escaping.PLAIN)).isEqualTo("no fixed time");
  }

  @Test
  void sectionsNest() {
    var t = Template.parse("{{#a}}A{{#b}}B{{/b}}{{/a}}.");
    assertThat(t.render(Map.of("a", "1", "b", "1"), Escaping.PLAIN)).isEqualTo("AB.");
    assertThat(t.render(Map.of("a", "1", "b", ""), Escaping.PLAIN)).isEqualTo("A.");
    assertThat(t.render(Map.of("a", "", "b", "1"), Escaping.PLAIN)).isEqualTo(".");
  }

  @Test
  void aNameWithNoValueIsAMistakeNotAnEmptyValue() {
    assertThatThrownBy(
            () -> Template.parse("{{childName}}").render(Map.of("reference", "x"), Escaping.PLAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{{childName}}")
        .hasMessageContaining("reference");
  }

  @Test
  void anUnclosedOrMisclosedSectionOrAStrayBraceIsRefusedWithItsLine() {
    assertThatThrownBy(() -> Template.parse("{{#a}}text"))
        .hasMessageContaining("{{#a}} is never closed");
    assertThatThrownBy(() -> Template.parse("{{#a}}\n{{/b}}"))
        .hasMessageContaining("{{/b}} closes a section that is not open")
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> Template.parse("one\ntwo {{ 3 }}"))
        .hasMessageContaining("'{{' must be followed by a name")
        .hasMessageContaining("line 2");
  }

  @Test
  void valuesAreEscapedForHtml() {
    assertThat(Escaping.HTML.escape(NASTY))
        .isEqualTo("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;\n&#39;/ü");
  }

  @Test
  void valuesAreEscapedForXmlAndControlCharactersXmlForbidsAreLeftOut() {
    assertThat(Escaping.XML.escape(NASTY + "\u0001"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#10;&#39;/ü");
  }

  @Test
  void valuesAreEscapedInsideAJsonString() {
    assertThat(Escaping.JSON.escape(NASTY + "\\\t\u0001"))
        .isEqualTo("<script>alert(\\\"x&y\\\")</script>\\n'/ü\\\\\\t\\u0001");
  }

  @Test
  void valuesAreEncodedForAUrlPathSegmentOrQueryValue() {
    assertThat(Escaping.URL.escape("a b/c?d=e&f#g")).isEqualTo("a%20b%2Fc%3Fd%3De%26f%23g");
  }

  @Test
  void valuesBecomeSafeFileNames() {
    assertThat(Escaping.FILE_NAME.escape("DRP-2026-000042/3/1/note"))
        .isEqualTo("DRP-2026-000042_3_1_note");
    assertThat(Escaping.FILE_NAME.escape("../../etc/passwd")).isEqualTo("_._.._etc_passwd");
  }

  @Test
  void theBodysContentTypeOrFileNameChoosesTheEscaping() {
    assertThat(Escaping.forContentType("application/json; charset=utf-8")).isEqualTo(Escaping.JSON);
    assertThat(Escaping.forContentType("application/vnd.fwi+xml")).isEqualTo(Escaping.XML);
    assertThat(Escaping.forContentType("text/plain")).isEqualTo(Escaping.PLAIN);
    assertThat(Escaping.forFileName("DRP-1.xml")).isEqualTo(Escaping.XML);
    assertThat(Escaping.forFileName("DRP-1.json")).isEqualTo(Escaping.JSON);
    assertThat(Escaping.forFileName("DRP-1.csv")).isEqualTo(Escaping.PLAIN);
  }

  @Test
  void theTemplateTextAroundValuesIsNeverEscaped() {
    var t = Template.parse("<kind>{{kind}}</kind>");
    assertThat(t.render(Map.of("kind", "a<b"), Escaping.XML)).isEqualTo("<kind>a&lt;b</kind>");
  }
}
