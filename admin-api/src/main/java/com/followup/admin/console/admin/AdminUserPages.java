package com.followup.admin.console.admin;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.DepartmentChoices;
import com.followup.admin.console.FieldMessages;
import com.followup.admin.user.UnknownUser;
import com.followup.admin.user.UserAdministration;
import com.followup.admin.user.UserProfile;
import com.followup.admin.user.UserProfiles;
import com.followup.admin.user.UserRegistration;
import com.followup.admin.user.UsernameTaken;
import com.followup.campaign.dealer.DealerDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Users for administrators: create one (roles from {@link com.followup.admin.security.Role}, a
 * dealer for a DEALER user, a department for a DEPARTMENT user), change its roles, reset its
 * password, disable or enable it. The same use cases as {@code /api/users}.
 */
@Controller("/admin/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class AdminUserPages {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
  private static final int MIN_PASSWORD = 8;

  private final ConsolePages pages;
  private final UserProfiles users;
  private final UserRegistration registration;
  private final UserAdministration administration;
  private final DealerDirectory dealers;
  private final DepartmentChoices departments;

  AdminUserPages(
      ConsolePages pages,
      UserProfiles users,
      UserRegistration registration,
      UserAdministration administration,
      DealerDirectory dealers,
      DepartmentChoices departments) {
    this.pages = pages;
    this.users = users;
    this.registration = registration;
    this.administration = administration;
    this.dealers = dealers;
    this.departments = departments;
  }

  @Get(uri = "/new", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> newUser(HttpRequest<?> request) {
    return renderNew(request, HttpStatus.OK, "admin/user-new", UserForm.empty());
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> create(HttpRequest<?> request, @Body Map<String, String> posted) {
    UserForm form = UserForm.posted(posted);
    String password = posted.getOrDefault("password", "");
    if (!USERNAME.matcher(form.username()).matches()) {
      form.errors().add("username", "admin.error.username");
    }
    checkPassword(password, posted.getOrDefault("password2", ""), form.errors());
    form.checkRoles();
    form.checkDepartmentKnown(departmentCodes());
    if (form.errors().isEmpty()) {
      try {
        registration.create(
            form.username(),
            password,
            form.roleList(),
            form.dealer().isEmpty() ? null : form.dealer(),
            form.departmentOrNull());
        return ConsoleRedirects.to(
            request, "/admin/users/" + encode(form.username()) + "?done=created");
      } catch (UsernameTaken taken) {
        form.errors().add("username", "admin.error.taken", form.username());
      } catch (IllegalArgumentException refused) {
        form.errors().add(fieldOf(refused.getMessage()), "admin.error.other", refused.getMessage());
      }
    }
    String view = ConsoleRedirects.isHtmx(request) ? "admin/user-new :: form" : "admin/user-new";
    return renderNew(request, HttpStatus.UNPROCESSABLE_ENTITY, view, form);
  }

  @Get(uri = "/{username}", produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> user(
      HttpRequest<?> request, String username, @Nullable @QueryValue String done) {
    UserProfile user = users.find(username).orElse(null);
    if (user == null) {
      return notFound(request);
    }
    return renderUser(
        request, HttpStatus.OK, "admin/user", user, UserForm.of(user), new FieldMessages(), done);
  }

  @Post(
      uri = "/{username}/roles",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> roles(
      HttpRequest<?> request,
      String username,
      @Body Map<String, String> posted,
      Authentication admin) {
    UserProfile user = users.find(username).orElse(null);
    if (user == null) {
      return notFound(request);
    }
    UserForm form = UserForm.posted(posted);
    form.checkRoles();
    form.checkDepartmentKnown(departmentCodes());
    if (form.errors().isEmpty()) {
      try {
        administration.changeRoles(
            username,
            form.roleList(),
            form.dealer().isEmpty() ? null : form.dealer(),
            form.departmentOrNull(),
            admin.getName());
        return done(request, username, "roles");
      } catch (IllegalArgumentException refused) {
        form.errors().add(fieldOf(refused.getMessage()), "admin.error.other", refused.getMessage());
      }
    }
    UserForm shown =
        new UserForm(username, form.roles(), form.dealer(), form.department(), form.errors());
    return renderUser(
        request,
        HttpStatus.UNPROCESSABLE_ENTITY,
        view(request, "rolesForm"),
        user,
        shown,
        new FieldMessages(),
        null);
  }

  @Post(
      uri = "/{username}/password",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> password(
      HttpRequest<?> request, String username, @Body Map<String, String> posted) {
    UserProfile user = users.find(username).orElse(null);
    if (user == null) {
      return notFound(request);
    }
    FieldMessages errors = new FieldMessages();
    String password = posted.getOrDefault("password", "");
    checkPassword(password, posted.getOrDefault("password2", ""), errors);
    if (errors.isEmpty()) {
      try {
        administration.resetPassword(username, password);
        return done(request, username, "password");
      } catch (IllegalArgumentException refused) {
        errors.add("password", "admin.error.other", refused.getMessage());
      }
    }
    return renderUser(
        request,
        HttpStatus.UNPROCESSABLE_ENTITY,
        view(request, "passwordForm"),
        user,
        UserForm.of(user),
        errors,
        null);
  }

  @Post(
      uri = "/{username}/disable",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL},
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> disable(HttpRequest<?> request, String username, Authentication admin) {
    return enabled(request, username, false, admin);
  }

  @Post(
      uri = "/{username}/enable",
      consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL},
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> enable(HttpRequest<?> request, String username, Authentication admin) {
    return enabled(request, username, true, admin);
  }

  private MutableHttpResponse<?> enabled(
      HttpRequest<?> request, String username, boolean on, Authentication admin) {
    try {
      administration.setEnabled(username, on, admin.getName());
    } catch (UnknownUser unknown) {
      return notFound(request);
    } catch (IllegalArgumentException refused) {
      UserProfile user = users.find(username).orElseThrow();
      FieldMessages errors = new FieldMessages().add("enabled", "admin.error.self");
      return renderUser(
          request,
          HttpStatus.UNPROCESSABLE_ENTITY,
          view(request, "enabledForm"),
          user,
          UserForm.of(user),
          errors,
          null);
    }
    return done(request, username, on ? "enabled" : "disabled");
  }

  private MutableHttpResponse<?> renderNew(
      HttpRequest<?> request, HttpStatus status, String view, UserForm form) {
    Map<String, Object> model = new HashMap<>();
    model.put("form", form);
    model.put("dealers", dealers.all());
    model.put("departments", departments.stored());
    return pages.render(request, status, view, model);
  }

  private MutableHttpResponse<?> renderUser(
      HttpRequest<?> request,
      HttpStatus status,
      String view,
      UserProfile user,
      UserForm form,
      FieldMessages passwordErrors,
      @Nullable String done) {
    Map<String, Object> model = new HashMap<>();
    model.put("user", user);
    model.put("form", form);
    model.put("passwordErrors", passwordErrors);
    model.put("dealers", dealers.all());
    model.put("departments", departments.stored());
    model.put("done", done);
    return pages.render(request, status, view, model);
  }

  private static String view(HttpRequest<?> request, String fragment) {
    return ConsoleRedirects.isHtmx(request) ? "admin/user :: " + fragment : "admin/user";
  }

  private List<String> departmentCodes() {
    return departments.stored().stream().map(DepartmentChoices.Choice::code).toList();
  }

  private static void checkPassword(String password, String again, FieldMessages errors) {
    if (password.length() < MIN_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > 72) {
      errors.add("password", "admin.error.password", MIN_PASSWORD);
    } else if (!password.equals(again)) {
      errors.add("password2", "admin.error.passwordAgain");
    }
  }

  private static String fieldOf(String message) {
    String m = message == null ? "" : message;
    if (m.contains("dealer")) {
      return "dealer";
    }
    if (m.contains("department")) {
      return "department";
    }
    if (m.contains("role") || m.contains("ADMIN")) {
      return "roles";
    }
    if (m.contains("password")) {
      return "password";
    }
    return m.contains("username") ? "username" : "form";
  }

  private MutableHttpResponse<?> done(HttpRequest<?> request, String username, String what) {
    return ConsoleRedirects.to(request, "/admin/users/" + encode(username) + "?done=" + what);
  }

  private MutableHttpResponse<?> notFound(HttpRequest<?> request) {
    return pages.render(
        request, HttpStatus.NOT_FOUND, "error", Map.of("status", 404, "message", "error.404"));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
