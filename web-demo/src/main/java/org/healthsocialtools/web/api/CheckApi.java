package org.healthsocialtools.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.healthsocialtools.web.WebDemoProperties;
import org.healthsocialtools.web.api.ApiModel.BatchPost;
import org.healthsocialtools.web.api.ApiModel.BatchRequest;
import org.healthsocialtools.web.api.ApiModel.BatchResponse;
import org.healthsocialtools.web.api.ApiModel.CheckRequest;
import org.healthsocialtools.web.api.ApiModel.ReportDto;
import org.healthsocialtools.web.api.ApiModel.RuleDto;
import org.healthsocialtools.web.check.CheckService;
import org.healthsocialtools.web.check.Checked;
import org.healthsocialtools.web.check.InvalidInput;
import org.healthsocialtools.web.rules.RuleSearch;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API: check one post, check a batch, list the rules. Errors are RFC 9457 problem details.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "checker", description = "Check draft posts for patient-privacy risks and tone")
public class CheckApi {

  private final CheckService service;
  private final RuleSearch rules;
  private final int maxBatch;

  public CheckApi(CheckService service, RuleSearch rules, WebDemoProperties props) {
    this.service = service;
    this.rules = rules;
    this.maxBatch = props.maxBatch();
  }

  @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check one post",
      description =
          "Returns the report of report-format.md, with the length on "
              + "every platform (counts) and the text with every privacy finding redacted (safeVersion).")
  public ReportDto check(@RequestBody CheckRequest req) {
    if (req == null) {
      throw new InvalidInput("the body must be a JSON object with a text field");
    }
    ComplianceChecker checker = service.checker(req.profile());
    Post post =
        service.reply(
            "",
            service.post("", req.text(), req.platform(), req.locale()),
            req.inReplyTo(),
            checker);
    return ReportDto.of(null, service.check(post, checker));
  }

  @PostMapping(path = "/check/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Check up to 100 posts",
      description =
          "One report per post, in order, id echoed. A bad "
              + "post fails the whole request with a problem naming it, e.g. posts[3].text.")
  public BatchResponse batch(@RequestBody BatchRequest req) {
    if (req == null || req.posts() == null || req.posts().isEmpty()) {
      throw new InvalidInput("posts must hold at least one post");
    }
    if (req.posts().size() > maxBatch) {
      throw new InvalidInput(
          "posts holds " + req.posts().size() + " posts; at most " + maxBatch + " are allowed");
    }
    ComplianceChecker checker = service.checker(req.profile());
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < req.posts().size(); i++) {
      BatchPost p = req.posts().get(i);
      if (p == null) {
        throw new InvalidInput("posts[" + i + "] must be an object");
      }
      String field = "posts[" + i + "].";
      posts.add(
          service.reply(
              field,
              service.post(field, p.text(), p.platform(), p.locale()),
              p.inReplyTo(),
              checker));
    }
    List<Checked> checked = service.checkAll(posts, checker);
    List<ReportDto> reports = new ArrayList<>();
    for (int i = 0; i < posts.size(); i++) {
      reports.add(ReportDto.of(req.posts().get(i).id(), checked.get(i)));
    }
    return new BatchResponse(reports);
  }

  @GetMapping("/rules")
  @Operation(
      summary = "List the rules",
      description =
          "Every rule with its examples, guidance and source; with q, "
              + "the rules matching those words, best first.")
  public List<RuleDto> rules(@RequestParam(name = "q", required = false) String q) {
    return rules.search(q).stream().map(RuleDto::of).toList();
  }
}
