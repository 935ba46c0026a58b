package com.followup.admin.console;

import com.followup.sla.department.Department;
import com.followup.sla.department.Departments;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The departments a form offers for a ticket: those stored as data ({@code PUT /api/departments}),
 * or, while none is stored, the names in {@code followup.console.departments}.
 */
@Singleton
public class DepartmentChoices {

  /** One choice: the code a ticket names and the name a person reads. */
  public record Choice(String code, String name) {

    /** What a list shows: the name, and the code when it differs. */
    public String label() {
      return name.equals(code) ? code : name + " · " + code;
    }
  }

  private final Departments departments;
  private final ConsoleSettings settings;

  DepartmentChoices(Departments departments, ConsoleSettings settings) {
    this.departments = departments;
    this.settings = settings;
  }

  /** The stored departments by code; the configured suggestions when none is stored. */
  public List<Choice> forTickets() {
    List<Choice> stored = stored();
    if (!stored.isEmpty()) {
      return stored;
    }
    return settings.departments().stream().map(d -> new Choice(d, d)).toList();
  }

  /** The stored departments only, by code. */
  public List<Choice> stored() {
    return departments.list().stream().map(DepartmentChoices::choice).toList();
  }

  private static Choice choice(Department d) {
    return new Choice(d.code(), d.name());
  }
}
