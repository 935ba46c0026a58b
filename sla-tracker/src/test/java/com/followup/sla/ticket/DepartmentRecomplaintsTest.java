package com.followup.sla.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.followup.sla.policy.TicketType;
import com.followup.sla.support.Desk;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DepartmentRecomplaintsTest {

  @Inject Desk desk;
  @Inject DepartmentRecomplaints recomplaints;

  @Test
  void
      a_customers_second_and_third_complaint_to_one_department_are_repeats_and_inquiries_are_not() {
    String department = "d-" + UUID.randomUUID().toString().substring(0, 8);
    String other = department + "-other";
    Instant now = desk.clock.instant();
    desk.open(TicketType.COMPLAINT, department, now.minus(Duration.ofDays(3)));
    desk.open(TicketType.COMPLAINT, department, now.minus(Duration.ofDays(2)));
    desk.open(TicketType.COMPLAINT, department, now.minus(Duration.ofDays(1)));
    desk.open(TicketType.INQUIRY, department, now.minus(Duration.ofDays(1)));
    desk.open(TicketType.COMPLAINT, other, now.minus(Duration.ofDays(1)));

    var rows = recomplaints.between(now.minus(Duration.ofDays(7)), now.plusSeconds(1));
    var lastTwoDays = recomplaints.between(now.minus(Duration.ofHours(36)), now.plusSeconds(1));

    assertThat(rows)
        .filteredOn(r -> r.department().equals(department))
        .containsExactly(new DepartmentRecomplaints.Row(department, 3, 2, 0));
    assertThat(rows)
        .filteredOn(r -> r.department().equals(other))
        .as("the same customer at another department is a first complaint there")
        .containsExactly(new DepartmentRecomplaints.Row(other, 1, 0, 0));
    assertThat(lastTwoDays)
        .filteredOn(r -> r.department().equals(department))
        .as("an earlier complaint before the period still makes one in it a repeat")
        .containsExactly(new DepartmentRecomplaints.Row(department, 1, 1, 0));
  }
}
