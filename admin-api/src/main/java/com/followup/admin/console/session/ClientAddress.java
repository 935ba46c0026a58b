package com.followup.admin.console.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * The caller's address as the sign-in throttle counts it: the connection's, or, behind a load
 * balancer, the first address of the header named by {@code micronaut.server.client-address-header}
 * (set it only when the balancer writes that header, or callers could choose their own address).
 */
@Singleton
public class ClientAddress {

  private final String header;

  ClientAddress(HttpServerConfiguration server) {
    this.header = server.getClientAddressHeader();
  }

  public String of(HttpRequest<?> request) {
    if (header != null) {
      String forwarded = request.getHeaders().get(header);
      if (forwarded != null && !forwarded.isBlank()) {
        return forwarded.split(",")[0].trim();
      }
    }
    return request.getRemoteAddress().getAddress().getHostAddress();
  }
}
