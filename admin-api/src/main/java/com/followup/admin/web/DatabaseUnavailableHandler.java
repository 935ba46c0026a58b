package com.followup.admin.web;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No connection to the database (the server restarting, the pool exhausted): 503 with Retry-After,
 * not 500. The request's transaction never began, so nothing of it was written; the client may send
 * it again as it is (an upload stores whole).
 */
@Produces
@Singleton
final class DatabaseUnavailableHandler
    implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<?>> {

  static final String RETRY_AFTER_SECONDS = "5";
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailableHandler.class);

  private final ErrorResponseProcessor<?> errors;

  DatabaseUnavailableHandler(ErrorResponseProcessor<?> errors) {
    this.errors = errors;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
    return unavailable(request, exception);
  }

  HttpResponse<?> unavailable(HttpRequest<?> request, RuntimeException exception) {
    Throwable cause = exception.getCause() == null ? exception : exception.getCause();
    LOG.warn(
        "{} {}: no database connection: {}",
        request.getMethod(),
        request.getPath(),
        cause.toString());
    return errors.processResponse(
        ErrorContext.builder(request)
            .cause(exception)
            .errorMessage(
                "The database cannot be reached just now; nothing of this request was stored."
                    + " Send it again in a few seconds.")
            .build(),
        HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
  }

  /**
   * A pooled connection that died with the server fails as the transaction sets it up ("Could not
   * set JDBC Connection … read-only"): nothing was written either. Failing to close one happens
   * after the work, which may have been committed: that stays a server error.
   */
  @Produces
  @Singleton
  static final class BrokenConnection
      implements ExceptionHandler<ConnectionException, HttpResponse<?>> {

    private final DatabaseUnavailableHandler unavailable;
    private final ErrorResponseProcessor<?> errors;

    BrokenConnection(DatabaseUnavailableHandler unavailable, ErrorResponseProcessor<?> errors) {
      this.unavailable = unavailable;
      this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConnectionException exception) {
      String message = String.valueOf(exception.getMessage());
      if (message.startsWith("Could not set") || message.startsWith("Failed to read")) {
        return unavailable.unavailable(request, exception);
      }
      LOG.error("{} {}: {}", request.getMethod(), request.getPath(), message, exception);
      return errors.processResponse(
          ErrorContext.builder(request)
              .cause(exception)
              .errorMessage("Internal Server Error")
              .build(),
          HttpResponse.serverError());
    }
  }
}
