package com.followup.admin.console.manager.dnc;

import com.followup.admin.console.ConsolePages;
import com.followup.admin.console.ConsoleRedirects;
import com.followup.admin.console.FieldMessages;
import com.followup.campaign.dispatch.DoNotCallEntry;
import com.followup.campaign.dispatch.DoNotCallList;
import com.followup.campaign.dnc.DoNotCallImport;
import com.followup.campaign.dnc.DoNotCallImportResult;
import com.followup.campaign.dnc.OptOuts;
import com.followup.campaign.timeline.StepChannel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The do-not-call list for managers: search it, add a number with its reason, remove one, import a
 * CSV of numbers (each bad line reported by its number while the good ones are added).
 */
@Controller("/manager/dnc")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"MANAGER", "ADMIN"})
class DoNotCallPages {

  static final int PAGE = 50;

  /** The largest file the import form takes (a number a line: about 300,000 lines). */
  static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;

  private final ConsolePages pages;
  private final DoNotCallList list;
  private final DoNotCallImport imports;
  private final OptOuts optOuts;

  DoNotCallPages(ConsolePages pages, DoNotCallList list, DoNotCallImport imports, OptOuts optOuts) {
    this.pages = pages;
    this.list = list;
    this.imports = imports;
    this.optOuts = optOuts;
  }

  @Get(produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> page(
      HttpRequest<?> request,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String after,
      @Nullable @QueryValue String added,
      @Nullable @QueryValue String removed) {
    boolean searching = q != null && !q.isBlank();
    List<DoNotCallEntry> found =
        searching ? list.search(q, PAGE + 1) : list.page(blankToNull(after), PAGE + 1);
    boolean more = found.size() > PAGE;
    List<DoNotCallEntry> shown = more ? found.subList(0, PAGE) : found;
    Map<String, Object> model = new HashMap<>();
    model.put("q", q == null ? "" : q);
    model.put("entries", shown);
    model.put("next", more && !searching ? shown.get(shown.size() - 1).phone() : null);
    model.put("added", added);
    model.put("removed", removed);
    model.put("optOuts", searching ? optOuts.search(q, PAGE) : optOuts.page(null, PAGE));
    model.put("form", AddForm.empty());
    return pages.render(request, "manager/dnc/list", model);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> add(
      HttpRequest<?> request, @Body Map<String, String> posted, Authentication authentication) {
    AddForm form = AddForm.posted(posted);
    String phone = null;
    if (form.phone().isEmpty()) {
      form.errors().add("phone", "dnc.error.phone");
    } else {
      try {
        phone = DoNotCallList.normalize(form.phone(), blankToNull(form.country()));
      } catch (IllegalArgumentException invalid) {
        form.errors().add("phone", "dnc.error.phoneInvalid", form.phone());
      }
    }
    if (form.reason().isEmpty() || form.reason().length() > 500) {
      form.errors().add("reason", "dnc.error.reason");
    }
    if (!form.errors().isEmpty()) {
      String view =
          ConsoleRedirects.isHtmx(request) ? "manager/dnc/list :: addForm" : "manager/dnc/list";
      Map<String, Object> model = new HashMap<>();
      model.put("form", form);
      model.put("q", "");
      model.put("entries", List.of());
      model.put("optOuts", List.of());
      return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, view, model);
    }
    list.add(phone, form.reason(), authentication.getName());
    return ConsoleRedirects.to(
        request, "/manager/dnc?q=" + encode(phone) + "&added=" + encode(phone));
  }

  @Post(
      uri = "/remove",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> remove(HttpRequest<?> request, @Body Map<String, String> posted) {
    String phone = posted.getOrDefault("phone", "");
    String normalized = DoNotCallList.normalize(phone, null);
    list.remove(normalized);
    return ConsoleRedirects.to(request, "/manager/dnc?removed=" + encode(normalized));
  }

  /** Opts a number back in to one automated channel (it asked again, say by a START reply). */
  @Post(
      uri = "/opt-in",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> optIn(HttpRequest<?> request, @Body Map<String, String> posted) {
    String normalized = DoNotCallList.normalize(posted.getOrDefault("phone", ""), null);
    StepChannel channel = StepChannel.valueOf(posted.getOrDefault("channel", ""));
    if (!channel.agentless()) {
      throw new IllegalArgumentException("channel must be SMS or VOICE_SURVEY");
    }
    optOuts.optIn(normalized, channel);
    return ConsoleRedirects.to(request, "/manager/dnc?removed=" + encode(normalized));
  }

  @Post(uri = "/import", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  MutableHttpResponse<?> importFile(
      HttpRequest<?> request,
      @Nullable @Part("file") CompletedFileUpload file,
      @Nullable @Part("reason") String reason,
      @Nullable @Part("country") String country,
      Authentication authentication) {
    FieldMessages errors = new FieldMessages();
    byte[] bytes = read(file);
    if (bytes.length == 0) {
      errors.add("file", "dnc.error.file");
    } else if (bytes.length > MAX_IMPORT_BYTES) {
      errors.add("file", "dnc.error.fileTooLarge");
    }
    DoNotCallImportResult result = null;
    if (errors.isEmpty()) {
      try {
        result =
            imports.importCsv(
                bytes, blankToNull(reason), blankToNull(country), authentication.getName());
      } catch (IllegalArgumentException refused) {
        errors.add("file", "dnc.error.fileRefused", refused.getMessage());
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("importErrors", errors);
    model.put("result", result);
    model.put("fileName", file == null ? "" : file.getFilename());
    return pages.render(
        request,
        errors.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY,
        "manager/dnc/list :: importResult",
        model);
  }

  private static byte[] read(CompletedFileUpload file) {
    if (file == null) {
      return new byte[0];
    }
    try {
      return file.getSize() > MAX_IMPORT_BYTES
          ? new byte[(int) MAX_IMPORT_BYTES + 1]
          : file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
