package org.healthsocialtools.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthsocialtools.Finding;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.web.check.Checked;
import org.healthsocialtools.web.check.Fix;

/**
 * The JSON of the API. A report has exactly the fields of {@code report-format.md} ({@code id},
 * {@code verdict}, {@code findings} with {@code ruleId}, {@code category}, {@code kind}, {@code
 * severity}, {@code start}, {@code end}, {@code text}, {@code message}, optional {@code
 * suggestion}, {@code explanation}, then {@code language}), plus fields the contract allows to be
 * added: {@code counts}, {@code safeVersion}, {@code safeReply} (only for a reply that confirms
 * care), and each finding's {@code guidance} and {@code fix}.
 */
public final class ApiModel {

  private ApiModel() {}

  @Schema(description = "One draft post to check.")
  public record CheckRequest(
      @Schema(
              description = "The draft, exactly as it will be posted.",
              requiredMode = Schema.RequiredMode.REQUIRED,
              example = "Get well soon Edna in bay 3!")
          String text,
      @Schema(
              description =
                  "x, facebook, instagram, linkedin, threads, bluesky, mastodon, or all (the default).",
              example = "x")
          String platform,
      @Schema(description = "BCP 47 language tag; detected when absent.", example = "en-GB")
          String locale,
      @Schema(
              description =
                  "Name of a bundled organisation profile; the standard checker when absent.")
          String profile,
      @Schema(
              description =
                  "When the draft is a reply: the review or comment it answers. Context only: it is "
                      + "never reported, quoted or redacted, and counts towards the size limit.",
              example = "Had my knee done here last month, staff were lovely.")
          String inReplyTo) {

    /** A request for a post that replies to nothing. */
    public CheckRequest(String text, String platform, String locale, String profile) {
      this(text, platform, locale, profile, null);
    }

    /** Without the text: frameworks log request bodies by their {@code toString} at debug level. */
    @Override
    public String toString() {
      return "CheckRequest[chars="
          + (text == null ? 0 : text.length())
          + ", platform="
          + platform
          + (inReplyTo == null ? "" : ", inReplyToChars=" + inReplyTo.length())
          + "]";
    }
  }

  @Schema(
      description =
          "One post of a batch; id is echoed in its report. inReplyTo as in a single check.")
  public record BatchPost(
      String id, String text, String platform, String locale, String inReplyTo) {

    /** A batch entry that replies to nothing. */
    public BatchPost(String id, String text, String platform, String locale) {
      this(id, text, platform, locale, null);
    }

    @Override
    public String toString() {
      return "BatchPost[chars=" + (text == null ? 0 : text.length()) + "]";
    }
  }

  @Schema(description = "Up to 100 posts checked with one profile.")
  public record BatchRequest(List<BatchPost> posts, String profile) {
    @Override
    public String toString() {
      return "BatchRequest[posts=" + (posts == null ? 0 : posts.size()) + "]";
    }
  }

  public record BatchResponse(List<ReportDto> reports) {
    @Override
    public String toString() {
      return "BatchResponse[reports=" + reports.size() + "]";
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id",
    "verdict",
    "findings",
    "language",
    "counts",
    "safeVersion",
    "safeReply"
  })
  @Schema(description = "The report of report-format.md, plus counts and safeVersion.")
  public record ReportDto(
      String id,
      @Schema(allowableValues = {"block", "review", "pass"}) String verdict,
      List<FindingDto> findings,
      String language,
      @Schema(
              description =
                  "Length on every platform, counted that platform's way, with its limit.")
          Map<String, CountDto> counts,
      @Schema(
              description =
                  "The text with every privacy finding replaced by a placeholder such as [name].")
          String safeVersion,
      @Schema(
              description =
                  "When the draft is a reply that confirms someone is a patient: a safe reply to post "
                      + "instead (thanks, no detail, a private channel). Absent otherwise.")
          String safeReply) {

    static ReportDto of(String id, Checked c) {
      List<FindingDto> fs = new ArrayList<>();
      List<Finding> findings = c.report().findings();
      for (int i = 0; i < findings.size(); i++) {
        fs.add(FindingDto.of(findings.get(i), c.citation(i), c.fix(i)));
      }
      Map<String, CountDto> counts = new LinkedHashMap<>();
      c.counts().forEach((p, n) -> counts.put(p.id(), new CountDto(n, p.limit())));
      return new ReportDto(
          id,
          c.report().verdict().id(),
          fs,
          c.report().language(),
          counts,
          c.safeVersion(),
          c.safeReply());
    }

    /**
     * Without any draft text (findings' text, safe version): frameworks log response bodies at
     * debug level.
     */
    @Override
    public String toString() {
      return "ReportDto[verdict=" + verdict + ", findings=" + findings.size() + "]";
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "ruleId",
    "category",
    "kind",
    "severity",
    "start",
    "end",
    "text",
    "message",
    "suggestion",
    "explanation",
    "guidance",
    "fix"
  })
  public record FindingDto(
      String ruleId,
      String category,
      String kind,
      @Schema(allowableValues = {"error", "warning", "info"}) String severity,
      @Schema(description = "UTF-16 offset in the text, inclusive.") int start,
      @Schema(description = "UTF-16 offset in the text, exclusive.") int end,
      String text,
      String message,
      String suggestion,
      ExplanationDto explanation,
      @Schema(
              description =
                  "Link to the guidance the rule comes from, for readers in the post's country (its "
                      + "locale's region, else the server's).")
          String guidance,
      @Schema(description = "The one-click fix: replace [start, end) with replacement.")
          FixDto fix) {

    static FindingDto of(Finding f, RuleInfo.Citation citation, Fix fix) {
      return new FindingDto(
          f.ruleId(),
          f.category().id(),
          f.kind().name(),
          f.severity().id(),
          f.start(),
          f.end(),
          f.text(),
          f.message(),
          f.suggestion(),
          new ExplanationDto(
              f.explanation().matched(), f.explanation().confidence(), f.explanation().evidence()),
          citation == null ? null : citation.url(),
          fix == null ? null : new FixDto(fix.label(), fix.replacement()));
    }

    @Override
    public String toString() {
      return "FindingDto[" + ruleId + " " + start + ".." + end + "]";
    }
  }

  @JsonPropertyOrder({"matched", "confidence", "evidence"})
  public record ExplanationDto(String matched, double confidence, List<String> evidence) {}

  public record FixDto(String label, String replacement) {}

  public record CountDto(int count, int limit) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({
    "id",
    "category",
    "kind",
    "severity",
    "summary",
    "description",
    "message",
    "suggestion",
    "guidance",
    "locale",
    "source",
    "examples"
  })
  public record RuleDto(
      String id,
      String category,
      String kind,
      String severity,
      String summary,
      String description,
      String message,
      String suggestion,
      String guidance,
      String locale,
      String source,
      List<ExampleDto> examples) {

    /** A rule without a description leaves the field out (null), as before descriptions existed. */
    static RuleDto of(RuleInfo r) {
      List<ExampleDto> ex = r.examples().stream().map(ExampleDto::of).toList();
      return new RuleDto(
          r.id(),
          r.category().id(),
          r.kind().name(),
          r.severity().id(),
          r.summary(),
          r.description().isEmpty() ? null : r.description(),
          r.message(),
          r.suggestion(),
          r.guidance(),
          r.locale(),
          r.source(),
          ex);
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ExampleDto(String text, boolean flags, String platform, String locale) {
    static ExampleDto of(Example e) {
      return new ExampleDto(e.text(), e.flags(), e.platform(), e.locale());
    }
  }
}
