package com.followup.admin.forecast;

/**
 * Connected-call work the floor must take between an hour and the last hour before the windows
 * close: the expected connects of some follow-ups' attempt. {@code left} shrinks as the roster
 * simulation serves it.
 */
final class WorkItem {

  final int arrives;
  final int expires;
  final String campaign;
  final int step;
  final CallingHours hours;
  double left;

  WorkItem(int arrives, int expires, String campaign, int step, CallingHours hours, double left) {
    this.arrives = arrives;
    this.expires = expires;
    this.campaign = campaign;
    this.step = step;
    this.hours = hours;
    this.left = left;
  }
}
