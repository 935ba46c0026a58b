package com.followup.admin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The one deployable: HTTP API, console, webhooks, scheduling and the libraries it assembles. */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Follow-up campaign engine",
            version = "0.1",
            description =
                "Outbound follow-up and callback campaigns for customer-service call centres."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    name = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public final class Application extends Micronaut {

  private static final String HIKARI_ALIVE_BYPASS = "com.zaxxer.hikari.aliveBypassWindowMs";

  private Application() {}

  public static void main(String[] args) {
    start(args);
  }

  /** Starts the application; on failure prints one clear line and exits with status 1. */
  public static ApplicationContext start(String... args) {
    // Hikari pings a pooled connection idle for more than 0.5 s before lending it; with due-work
    // loops polling once a second that nearly doubled an idle instance's queries. A connection is
    // checked after 30 s idle instead (a dead one still fails over: the loops retry).
    System.setProperty(HIKARI_ALIVE_BYPASS, System.getProperty(HIKARI_ALIVE_BYPASS, "30000"));
    return new Application().args(args).banner(false).start();
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    System.err.println(StartupFailure.explain(exception, environment));
    System.exit(1);
  }
}
