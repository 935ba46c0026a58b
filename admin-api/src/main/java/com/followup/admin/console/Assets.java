package com.followup.admin.console;

import jakarta.inject.Singleton;
import org.webjars.WebJarVersionLocator;

/**
 * The URLs of the console's scripts and styles, served from webjars inside the jar. Built here
 * rather than in templates: Thymeleaf reads {@code __…__} (as in {@code picocss__pico}) as
 * preprocessing.
 */
@Singleton
public class Assets {

  private final String htmx;
  private final String sse;
  private final String pico;
  private final String chart;

  Assets() {
    WebJarVersionLocator locator = new WebJarVersionLocator();
    this.htmx = url(locator, "htmx.org", "dist/htmx.min.js");
    this.sse = url(locator, "htmx-ext-sse", "sse.js");
    this.pico = url(locator, "picocss__pico", "css/pico.min.css");
    this.chart = url(locator, "chart.js", "dist/chart.umd.min.js");
  }

  private static String url(WebJarVersionLocator locator, String webjar, String file) {
    String path = locator.path(webjar, file);
    if (path == null) {
      throw new IllegalStateException(
          "webjar asset missing from the build: " + webjar + "/" + file);
    }
    return "/webjars/" + path;
  }

  public String htmx() {
    return htmx;
  }

  public String sse() {
    return sse;
  }

  public String pico() {
    return pico;
  }

  public String chart() {
    return chart;
  }
}
