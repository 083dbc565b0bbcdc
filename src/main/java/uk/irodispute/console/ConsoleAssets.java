package uk.irodispute.console;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The charting library the overview draws with: uPlot, from its webjar (Maven Central), served by
 * the adapter at {@code /console/assets/uplot/} to signed-in users. No page loads anything from
 * another site.
 */
@Configuration
class ConsoleAssets implements WebMvcConfigurer {

  /** The uPlot version in pom.xml; a page that loads another finds nothing. */
  static final String UPLOT = "1.6.30";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/console/assets/uplot/**")
        .addResourceLocations("classpath:/META-INF/resources/webjars/uplot/" + UPLOT + "/dist/");
  }
}
