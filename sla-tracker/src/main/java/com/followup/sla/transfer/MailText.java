package com.followup.sla.transfer;

/** The plain text of a ticket e-mail. */
final class MailText {

  private MailText() {}

  static String of(TicketDelivery t) {
    StringBuilder text = new StringBuilder();
    text.append("Ticket #").append(t.ticketId()).append(" (").append(t.type()).append(")\n");
    if (t.fromDepartment() != null) {
      text.append("Passed on from: ").append(t.fromDepartment()).append('\n');
    }
    if ("REOPENED".equals(t.reason())) {
      text.append("Reopened: the customer says it is not resolved\n");
    }
    text.append("Customer: ").append(t.customerPhone()).append('\n');
    if (t.dealerCode() != null) {
      text.append("Dealer: ").append(t.dealerCode()).append('\n');
    }
    text.append("Opened: ").append(t.openedAt()).append('\n');
    if (t.notifyBy() != null) {
      text.append("Acknowledge by: ").append(t.notifyBy()).append('\n');
    }
    text.append('\n').append(t.summary()).append('\n');
    if (t.notes() != null) {
      text.append('\n').append(t.notes()).append('\n');
    }
    text.append("\nDelivery ").append(t.deliveryId()).append('\n');
    return text.toString();
  }
}
