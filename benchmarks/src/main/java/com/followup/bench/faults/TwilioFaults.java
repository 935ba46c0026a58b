package com.followup.bench.faults;

import com.followup.bench.AppProcess;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One instance in Twilio mode (the real twilio-java client) against {@link TwilioStandIn}, whose
 * first answer to every call creation is a fault (429, 500, too slow, none). Each call Twilio made
 * then gets its status callbacks as a hostile network delivers them: out of order (no-answer before
 * ringing), duplicated, replayed later, and one forged. No call is made twice for one attempt, no
 * follow-up is dialed twice, every call ends once, and the forged callbacks get 403.
 */
final class TwilioFaults implements FaultSuite.Fault {

  private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "fault-suite-twilio-auth-token";
  private static final int AGENTS = 2;

  private final int records;

  TwilioFaults(int records) {
    this.records = records;
  }

  @Override
  public String name() {
    return "twilio-faults";
  }

  @Override
  public String what() {
    return records
        + " calls through twilio-java; each creation first answered 429, 500, too late or not at"
        + " all; status callbacks out of order, duplicated, replayed and forged";
  }

  @Override
  public void run(PrivateMariaDb db, FaultResult result) throws Exception {
    FaultKit kit = new FaultKit(db, "flt17_twilio");
    try (TwilioStandIn twilio = new TwilioStandIn(3500)) {
      int port = FaultKit.freePort();
      String base = "http://127.0.0.1:" + port;
      Map<String, String> env = new HashMap<>();
      env.put("FOLLOWUP_TELEPHONY_MODE", "twilio");
      env.put("FOLLOWUP_TWILIO_ACCOUNT_SID", ACCOUNT);
      env.put("FOLLOWUP_TWILIO_AUTH_TOKEN", TOKEN);
      env.put("FOLLOWUP_TWILIO_FROM_NUMBER", "+15005550006");
      env.put("FOLLOWUP_TWILIO_PUBLIC_BASE_URL", base);
      env.put("FOLLOWUP_TWILIO_API_BASE_URL", twilio.url());
      env.put("FOLLOWUP_TWILIO_CALLS_PER_SECOND", "20");
      env.put("FOLLOWUP_TWILIO_FIRST_BACKOFF", "200ms");
      env.put("FOLLOWUP_TWILIO_MAX_BACKOFF", "1s");
      env.put("FOLLOWUP_TWILIO_REQUEST_TIMEOUT", "2s");
      env.put("FOLLOWUP_RECORDINGS_ENABLED", "false");
      AppProcess app = kit.start(port, env);
      try {
        String admin = app.adminToken();
        kit.dealer(app, admin);
        for (int i = 0; i < AGENTS; i++) {
          String user = "fault-twilio-agent-" + i;
          app.post(
              "/api/users",
              admin,
              "application/json",
              HttpRequest.BodyPublishers.ofString(
                  "{\"username\":\""
                      + user
                      + "\",\"password\":\"agent-password-1\",\"roles\":[\"AGENT\"]}"));
          String token = FaultKit.login(app, user, "agent-password-1");
          app.put("/api/agent/state", token, "{\"state\":\"READY\"}");
        }
        long started = System.nanoTime();
        HttpResponse<String> upload =
            FaultKit.upload(app, admin, "T-", 0, records, Duration.ofMinutes(1));
        if (upload.statusCode() != 200) {
          throw new IllegalStateException("upload refused: " + upload.body());
        }
        Callbacks callbacks = new Callbacks(app, base);
        // play Twilio's side until every follow-up's call has ended
        FaultKit.await(
            () -> {
              for (TwilioStandIn.Made call : twilio.made) {
                callbacks.deliver(call);
              }
              return count(
                      kit,
                      "SELECT COUNT(DISTINCT follow_up_id) FROM call_attempt" + " WHERE stage = 4")
                  >= records;
            },
            Duration.ofSeconds(150),
            "every follow-up's call ended");
        result.recoveryMs = FaultKit.millisSince(started);
        for (TwilioStandIn.Made call : twilio.made) {
          callbacks.replay(call);
        }
        Thread.sleep(3000); // a second call would show now

        long madeTwice = 0;
        for (List<TwilioStandIn.Made> calls : twilio.madeByAttempt.values()) {
          madeTwice += Math.max(0, calls.size() - 1);
        }
        long followUpDialedTwice =
            kit.count(
                "SELECT COUNT(*) FROM (SELECT follow_up_id FROM call_attempt"
                    + " GROUP BY follow_up_id HAVING COUNT(*) > 1) x");
        long countedTwice = kit.count("SELECT COUNT(*) FROM follow_up WHERE attempts > 1");
        long madeButNotOurs =
            twilio.made.stream()
                .filter(
                    c ->
                        count(
                                kit,
                                "SELECT COUNT(*) FROM call_attempt WHERE provider_call_id = '"
                                    + c.sid()
                                    + "'")
                            == 0)
                .count();
        long notEnded =
            kit.count(
                "SELECT COUNT(*) FROM follow_up f WHERE NOT EXISTS (SELECT 1 FROM call_attempt c"
                    + " WHERE c.follow_up_id = f.id AND c.stage = 4)");
        result.inFlight = twilio.firstTry.size();
        result.lost = notEnded;
        result.doubled = madeTwice + followUpDialedTwice + countedTwice + madeButNotOurs;
        Map<String, Long> firstTries = new TreeMap<>();
        twilio.firstTry.values().forEach(m -> firstTries.merge(m, 1L, Long::sum));
        result.details.put("firstTries", firstTries);
        result.details.put(
            "callCreationPosts", twilio.posts.values().stream().mapToInt(a -> a.get()).sum());
        result.details.put("callsMade", twilio.made.size());
        Map<Long, Integer> perAttempt = new TreeMap<>();
        twilio.madeByAttempt.forEach((k, v) -> perAttempt.put(k, v.size()));
        result.details.put("callsMadePerAttempt", perAttempt);
        Map<Long, String> tries = new TreeMap<>(twilio.firstTry);
        result.details.put("firstTryByAttempt", tries);
        result.details.put(
            "attemptRows",
            kit.strings(
                "SELECT CONCAT(id, ' fu=', follow_up_id, ' sid=', COALESCE(provider_call_id, '-'),"
                    + " ' ', COALESCE(outcome, '-'), ' ', COALESCE(failure_reason, '')) FROM"
                    + " call_attempt ORDER BY id"));
        result.details.put("lookUps", twilio.lookUps.get());
        result.details.put("callbacksSent", callbacks.sent.get());
        result.details.put("callbacksNot200", callbacks.not200.get());
        result.details.put("forgedSent", callbacks.forged.get());
        result.details.put("forgedAnswered403", callbacks.forged403.get());
        result.details.put(
            "outcomes",
            kit.strings(
                "SELECT CONCAT(COALESCE(outcome, 'none'), '=', COUNT(*)) FROM call_attempt"
                    + " GROUP BY outcome"));
        result.checks.put(
            "everyForgedCallbackGot403", callbacks.forged.get() == callbacks.forged403.get());
        result.checks.put("everySignedCallbackGot200", callbacks.not200.get() == 0);
      } finally {
        app.close();
      }
    }
  }

  /** Twilio's side of the webhooks, signed as Twilio signs them. */
  private static final class Callbacks {
    final AppProcess app;
    final String base;
    final HttpClient http = HttpClient.newHttpClient();
    final Set<String> delivered = ConcurrentHashMap.newKeySet();
    final Map<String, List<String[]>> signedBySid = new ConcurrentHashMap<>();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong not200 = new AtomicLong();
    final AtomicLong forged = new AtomicLong();
    final AtomicLong forged403 = new AtomicLong();

    Callbacks(AppProcess app, String base) {
      this.app = app;
      this.base = base;
    }

    /** No-answer first, then the late ringing, the no-answer again, and a forged completed. */
    void deliver(TwilioStandIn.Made call) {
      if (!delivered.add(call.sid())) {
        return;
      }
      try {
        Map<String, String> noAnswer = form(call, "no-answer");
        Map<String, String> ringing = form(call, "ringing");
        String urlPath = call.statusCallback().substring(base.length());
        List<String[]> signed = new ArrayList<>();
        for (Map<String, String> f : List.of(noAnswer, ringing, noAnswer)) {
          String body = encode(f);
          String signature = sign(call.statusCallback(), f);
          signed.add(new String[] {body, signature});
          if (post(urlPath, body, signature) != 200) {
            not200.incrementAndGet();
          }
        }
        signedBySid.put(call.sid(), signed);
        Map<String, String> completed = form(call, "completed");
        completed.put("CallDuration", "60");
        forged.incrementAndGet();
        if (post(urlPath, encode(completed), sign(call.statusCallback() + "x", completed)) == 403) {
          forged403.incrementAndGet();
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    /** Every signed callback sent again, as an attacker or a retrying network would. */
    void replay(TwilioStandIn.Made call) throws Exception {
      String urlPath = call.statusCallback().substring(base.length());
      for (String[] signed : signedBySid.getOrDefault(call.sid(), List.of())) {
        if (post(urlPath, signed[0], signed[1]) != 200) {
          not200.incrementAndGet();
        }
      }
    }

    private int post(String urlPath, String body, String signature) throws Exception {
      sent.incrementAndGet();
      return http.send(
              HttpRequest.newBuilder(URI.create(app.uri(urlPath).toString()))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-Twilio-Signature", signature)
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }

    private static Map<String, String> form(TwilioStandIn.Made call, String status) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("AccountSid", ACCOUNT);
      form.put("CallSid", call.sid());
      form.put("CallStatus", status);
      form.put("To", call.to());
      form.put("From", call.from());
      form.put("Timestamp", ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME));
      return form;
    }

    private static String encode(Map<String, String> form) {
      List<String> pairs = new ArrayList<>();
      form.forEach(
          (k, v) ->
              pairs.add(
                  URLEncoder.encode(k, StandardCharsets.UTF_8)
                      + "="
                      + URLEncoder.encode(v, StandardCharsets.UTF_8)));
      return String.join("&", pairs);
    }

    /** Twilio's X-Twilio-Signature: HMAC-SHA1 over the URL and the sorted parameters. */
    private static String sign(String url, Map<String, String> form) throws Exception {
      StringBuilder data = new StringBuilder(url);
      new TreeMap<>(form).forEach((k, v) -> data.append(k).append(v));
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder()
          .encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    }
  }

  private static long count(FaultKit kit, String sql) {
    try {
      return kit.count(sql);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
