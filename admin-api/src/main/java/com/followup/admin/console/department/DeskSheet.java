package com.followup.admin.console.department;

import com.followup.sla.transfer.Delivery;
import java.util.List;

/** A ticket's page on the department's desk: its row, its whole time line and its deliveries. */
public record DeskSheet(DeskRow row, List<TimelineEntry> timeline, List<Delivery> deliveries) {}
