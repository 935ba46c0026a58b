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

  private Application() {}

  public static void main(String[] args) {
    start(args);
  }

  /** Starts the application; on failure prints one clear line and exits with status 1. */
  public static ApplicationContext start(String... args) {
    return new Application().args(args).banner(false).start();
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable exception) {
    System.err.println(StartupFailure.explain(exception, environment));
    System.exit(1);
  }
}
