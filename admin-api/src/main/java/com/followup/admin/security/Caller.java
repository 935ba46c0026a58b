package com.followup.admin.security;

import io.micronaut.security.authentication.Authentication;
import java.util.Optional;

/**
 * Who is calling, as the token says: the one place that knows how a DEALER user's dealer is
 * carried, so every endpoint restricts dealers the same way.
 */
public record Caller(
    String username,
    boolean dealerUser,
    String dealerCode,
    boolean departmentUser,
    String departmentCode) {

  /** The claim that carries a DEALER user's dealer code. */
  public static final String DEALER_CLAIM = "dealerCode";

  /** The claim that carries a DEPARTMENT user's department code. */
  public static final String DEPARTMENT_CLAIM = "departmentCode";

  public Caller(String username, boolean dealerUser, String dealerCode) {
    this(username, dealerUser, dealerCode, false, null);
  }

  public static Caller of(Authentication authentication) {
    boolean dealer = authentication.getRoles().contains(Role.DEALER.name());
    boolean department = authentication.getRoles().contains(Role.DEPARTMENT.name());
    Object code = authentication.getAttributes().get(DEALER_CLAIM);
    Object dept = authentication.getAttributes().get(DEPARTMENT_CLAIM);
    return new Caller(
        authentication.getName(),
        dealer,
        code == null ? null : code.toString(),
        department,
        dept == null ? null : dept.toString());
  }

  /** Whether this caller may see and answer the given department's tickets. */
  public boolean mayAccessDepartment(String department) {
    return !departmentUser || (departmentCode != null && departmentCode.equals(department));
  }

  /** The only dealer this caller may see, or empty when it may see every dealer. */
  public Optional<String> dealerRestriction() {
    return dealerUser
        ? Optional.ofNullable(dealerCode).or(() -> Optional.of(""))
        : Optional.empty();
  }

  /** Whether this caller may see and change the given dealer's data. */
  public boolean mayAccess(String dealer) {
    return !dealerUser || (dealerCode != null && dealerCode.equalsIgnoreCase(dealer));
  }
}
