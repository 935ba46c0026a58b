package com.followup.campaign.dealer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Registers dealers and looks them up: the one way other modules read dealers. */
@Singleton
public class DealerDirectory {

  private final DealerRepository dealers;
  private final Clock clock;

  DealerDirectory(DealerRepository dealers, Clock clock) {
    this.dealers = dealers;
    this.clock = clock;
  }

  /**
   * Registers a new dealer.
   *
   * @throws IllegalArgumentException when a field is invalid
   * @throws DealerAlreadyExists when the code is taken
   */
  @Transactional
  public Dealer register(String code, String name, String country, String timezone) {
    Dealer dealer = new Dealer(code, name, country, timezone, clock.instant());
    if (dealers.existsById(code)) {
      throw new DealerAlreadyExists(code);
    }
    return dealers.save(dealer);
  }

  /**
   * Changes a dealer's name, country and zone; its code and registration time stay. Records already
   * stored keep the zone and phone region they were read with; records uploaded from now on use the
   * new ones.
   *
   * @throws IllegalArgumentException when a field is invalid
   * @throws UnknownDealer when no dealer has the code
   */
  @Transactional
  public Dealer update(String code, String name, String country, String timezone) {
    Dealer current = dealers.findById(code).orElseThrow(() -> new UnknownDealer(code));
    Dealer changed = new Dealer(current.code(), name, country, timezone, current.createdAt());
    return dealers.update(changed);
  }

  public Optional<Dealer> find(String code) {
    return dealers.findById(code);
  }

  public List<Dealer> all() {
    return dealers.findAllOrderByCode();
  }
}
