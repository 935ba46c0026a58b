package com.followup.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.admin.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Behind a load balancer the throttle counts the caller's forwarded address, not the balancer. */
@MicronautTest(transactional = false)
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
@Property(name = "followup.security.sign-in.per-address", value = "3")
class ForwardedAddressSignInApiTest {

  @Inject
  @Client("/")
  HttpClient client;

  private int login(Api api, String username, String from) {
    return api.send(
            HttpRequest.POST("/login", Map.of("username", username, "password", "wrong"))
                .header("X-Forwarded-For", from + ", 10.0.0.1"),
            null)
        .code();
  }

  @Test
  void an_address_guessing_names_is_held_back_while_the_same_name_from_another_address_is_not() {
    Api api = new Api(client.toBlocking());
    String guessed = api.newUser(null, "AGENT");
    String guesser = "203.0.113." + (1 + (int) (Math.random() * 200));
    login(api, guessed, guesser);
    login(api, guessed + "-b", guesser);
    login(api, guessed + "-c", guesser);

    assertThat(login(api, guessed, guesser)).isEqualTo(429);
    assertThat(login(api, guessed, "198.51.100.7")).isEqualTo(401);
  }
}
