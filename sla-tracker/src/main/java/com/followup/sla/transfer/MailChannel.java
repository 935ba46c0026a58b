package com.followup.sla.transfer;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;

/** Mails the delivery to the department over SMTP; accepted when the server takes the message. */
@Singleton
class MailChannel implements DeliveryChannel {

  private final DeliverySettings settings;
  private final JsonMapper json;

  MailChannel(DeliverySettings settings, JsonMapper json) {
    this.settings = settings;
    this.json = json;
  }

  @Override
  public String name() {
    return "EMAIL";
  }

  @Override
  public void send(ClaimedDelivery delivery, String secret) throws DeliveryFailed {
    if (settings.mailHost() == null || settings.mailHost().isBlank()) {
      throw new DeliveryFailed(
          "no SMTP server configured (followup.departments.delivery.mail-host)");
    }
    try {
      TicketDelivery ticket = json.readValue(delivery.payload(), TicketDelivery.class);
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(settings.mailFrom()));
      message.setRecipients(
          Message.RecipientType.TO, InternetAddress.parse(delivery.destination()));
      message.setSubject(
          "Ticket #" + ticket.ticketId() + " (" + ticket.type() + ") for " + ticket.department(),
          "UTF-8");
      message.setHeader(WebhookSignature.DELIVERY_HEADER, delivery.deliveryId());
      message.setText(MailText.of(ticket), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | IOException e) {
      throw new DeliveryFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private Session session() {
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.mailHost());
    props.put("mail.smtp.port", String.valueOf(settings.mailPort()));
    props.put("mail.smtp.connectiontimeout", String.valueOf(settings.timeout().toMillis()));
    props.put("mail.smtp.timeout", String.valueOf(settings.timeout().toMillis()));
    props.put("mail.smtp.writetimeout", String.valueOf(settings.timeout().toMillis()));
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.mailStarttls()));
    if (settings.mailUsername() == null) {
      return Session.getInstance(props);
    }
    props.put("mail.smtp.auth", "true");
    return Session.getInstance(
        props,
        new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(settings.mailUsername(), settings.mailPassword());
          }
        });
  }
}
