package com.followup.admin.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C against textbook values. */
class ErlangCTest {

  @Test
  void two_erlangs_on_three_agents_wait_with_probability_four_ninths() {
    // B(3, 2) = (2^3/3!) / (1 + 2 + 2 + 8/6) = 4/19; C = 3B / (3 - 2(1 - B)) = (12/19)/(27/19)
    assertThat(ErlangC.probabilityOfWaiting(3, 2)).isCloseTo(4.0 / 9, within(1e-12));
  }

  @Test
  void the_classic_hundred_calls_in_half_an_hour_need_fourteen_agents_for_eighty_in_twenty() {
    // 100 calls in 30 min, 180 s each: A = 100 * 180 / 1800 = 10 Erlangs. Textbook: with 11
    // agents 68.2 % wait and 39.0 % are answered in 20 s; 13 give 79.6 %, 14 give 88.8 %.
    assertThat(ErlangC.probabilityOfWaiting(11, 10)).isCloseTo(0.6821, within(1e-4));
    assertThat(ErlangC.serviceLevel(11, 10, 180, 20)).isCloseTo(0.3896, within(1e-4));
    assertThat(ErlangC.serviceLevel(13, 10, 180, 20)).isCloseTo(0.7956, within(1e-4));
    assertThat(ErlangC.serviceLevel(14, 10, 180, 20)).isCloseTo(0.8884, within(1e-4));
    assertThat(ErlangC.agentsFor(10, 180, 20, 0.80)).isEqualTo(14);
  }

  @Test
  void agents_no_more_than_the_load_never_keep_up() {
    assertThat(ErlangC.probabilityOfWaiting(10, 10)).isEqualTo(1);
    assertThat(ErlangC.serviceLevel(5, 7.5, 180, 20)).isZero();
  }

  @Test
  void no_load_needs_no_agent() {
    assertThat(ErlangC.agentsFor(0, 180, 2, 0.97)).isZero();
    assertThat(ErlangC.probabilityOfWaiting(0, 0)).isZero();
  }

  @Test
  void the_largest_load_a_roster_carries_meets_the_target_exactly() {
    double carried = ErlangC.maxErlangs(11, 180, 2, 0.97);
    assertThat(ErlangC.serviceLevel(11, carried, 180, 2)).isCloseTo(0.97, within(1e-6));
    assertThat(ErlangC.agentsFor(carried, 180, 2, 0.97)).isEqualTo(11);
    assertThat(ErlangC.maxErlangs(0, 180, 2, 0.97)).isZero();
  }

  @Test
  void a_load_of_thousands_of_erlangs_is_sized_quickly_and_just_above_the_load() {
    long started = System.nanoTime();
    int agents = ErlangC.agentsFor(5000, 180, 2, 0.97);
    assertThat(System.nanoTime() - started).isLessThan(200_000_000L);
    assertThat(agents).isBetween(5001, 5200);
  }
}
