package com.followup.dialer.telephony;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One call to place.
 *
 * @param attemptId our id of the attempt, the idempotency key of the placement
 * @param followUpId the follow-up this attempt works on
 * @param to the customer's number in E.164
 * @param campaign the campaign code ({@code purchase}, {@code repair} …)
 * @param machineBehaviour what to do when a machine answers
 * @param machineMessage what to say to a machine ({@link MachineBehaviour#LEAVE_MESSAGE})
 * @param abandonMessage what to say to a person when no agent is free within the connect limit; it
 *     names the company (the call is then hung up)
 * @param recordingAnnouncement what a person hears once answered, before the agent is bridged
 *     ("this call may be recorded"); null for none
 */
public record OutboundCall(
    AttemptId attemptId,
    long followUpId,
    String to,
    String campaign,
    MachineBehaviour machineBehaviour,
    String machineMessage,
    String abandonMessage,
    String recordingAnnouncement) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  public OutboundCall {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(machineBehaviour, "machineBehaviour");
    if (to == null || !E164.matcher(to).matches()) {
      throw new IllegalArgumentException("not an E.164 number: " + to);
    }
    if (campaign == null || campaign.isBlank() || campaign.length() > 32) {
      throw new IllegalArgumentException("campaign code must be 1 to 32 characters");
    }
    requireShortText(machineMessage, "machineMessage");
    requireShortText(abandonMessage, "abandonMessage");
    requireShortText(recordingAnnouncement, "recordingAnnouncement");
    if (recordingAnnouncement != null && recordingAnnouncement.isBlank()) {
      recordingAnnouncement = null;
    }
    if (machineBehaviour == MachineBehaviour.LEAVE_MESSAGE
        && (machineMessage == null || machineMessage.isBlank())) {
      throw new IllegalArgumentException("LEAVE_MESSAGE needs a machine message");
    }
  }

  /** A call without a recording announcement. */
  public OutboundCall(
      AttemptId attemptId,
      long followUpId,
      String to,
      String campaign,
      MachineBehaviour machineBehaviour,
      String machineMessage,
      String abandonMessage) {
    this(
        attemptId,
        followUpId,
        to,
        campaign,
        machineBehaviour,
        machineMessage,
        abandonMessage,
        null);
  }

  private static void requireShortText(String text, String name) {
    if (text != null && text.length() > 1000) {
      throw new IllegalArgumentException(name + " is longer than 1000 characters");
    }
  }
}
