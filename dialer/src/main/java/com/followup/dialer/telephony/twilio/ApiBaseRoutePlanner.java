package com.followup.dialer.telephony.twilio;

import java.net.URI;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Sends every request for a {@code twilio.com} host to {@code api-base-url} instead: twilio-java
 * has no base-URL setting, and tests and rehearsals talk to a Twilio-compatible stand-in.
 */
final class ApiBaseRoutePlanner implements HttpRoutePlanner {

  private final HttpRoutePlanner routes =
      new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE);
  private final HttpHost apiBase;

  ApiBaseRoutePlanner(URI apiBaseUrl) {
    this.apiBase = new HttpHost(apiBaseUrl.getScheme(), apiBaseUrl.getHost(), apiBaseUrl.getPort());
  }

  @Override
  public HttpRoute determineRoute(HttpHost target, HttpContext context) throws HttpException {
    return routes.determineRoute(redirect(target), context);
  }

  @Override
  public HttpRoute determineRoute(HttpHost target, HttpRequest request, HttpContext context)
      throws HttpException {
    HttpHost to = redirect(target);
    // a redirected request keeps no authority of twilio.com for TLS: the stand-in has its own name
    return routes.determineRoute(to, to == target ? request : null, context);
  }

  private HttpHost redirect(HttpHost target) {
    String host = target.getHostName();
    return host.equals("twilio.com") || host.endsWith(".twilio.com") ? apiBase : target;
  }
}
