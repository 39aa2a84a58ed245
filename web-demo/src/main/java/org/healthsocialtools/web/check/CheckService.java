package org.healthsocialtools.web.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Turns request fields into a {@link Post}, checks it and logs what happened. The draft text is
 * never logged, stored or cached: a log line holds the text's length, the platform, the verdict,
 * the number of findings and the time taken, nothing else.
 */
@Service
public class CheckService {

  private static final Logger LOG = LoggerFactory.getLogger(CheckService.class);

  /**
   * A BCP 47 tag such as {@code en}, {@code en-GB}, {@code cy}, {@code es-419}: letters, digits and
   * hyphens.
   */
  private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,20}");

  /**
   * The platform value that means "no particular platform": every platform's counter is still
   * shown.
   */
  public static final String ALL = "all";

  private final Checkers checkers;
  private final CheckSlots slots;

  public CheckService(Checkers checkers, CheckSlots slots) {
    this.checkers = checkers;
    this.slots = slots;
  }

  /**
   * Validates the fields of one post.
   *
   * @param field the name the fields go by in error messages, e.g. {@code posts[3].} for a batch
   *     entry
   * @throws InvalidInput naming the field
   */
  public Post post(String field, String text, String platform, String locale) {
    if (text == null || text.isBlank()) {
      throw new InvalidInput(field + "text must not be empty");
    }
    Post post = Post.of(text);
    if (platform != null && !platform.isBlank() && !platform.trim().equalsIgnoreCase(ALL)) {
      try {
        post = post.withPlatform(Platform.fromId(platform));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput(
            field
                + "platform: unknown platform"
                + quoted(platform)
                + " (expected all, x, facebook, instagram, linkedin, threads, bluesky or mastodon)");
      }
    }
    if (locale != null && !locale.isBlank()) {
      if (!LOCALE.matcher(locale.trim()).matches()) {
        throw new InvalidInput(
            field + "locale" + quoted(locale) + ": not a language tag such as en-GB or cy");
      }
      post = post.withLocale(locale.trim());
    }
    return post;
  }

  /**
   * The post as a reply to {@code comment} (the review or comment it answers; {@code null} or blank
   * for none). The comment is context only and is never logged; with it, the post must still fit
   * the checker's size limit.
   *
   * @param field as in {@link #post}
   * @throws InvalidInput naming {@code inReplyTo} when the text and the comment together are too
   *     long
   */
  public Post reply(String field, Post post, String comment, ComplianceChecker checker) {
    if (comment == null || comment.isBlank()) {
      return post;
    }
    Post reply = post.withInReplyTo(comment);
    if (reply.checkedLength() > checker.maxPostLength()) {
      throw new InvalidInput(
          field
              + "inReplyTo: the text and the comment it replies to are "
              + reply.checkedLength()
              + " characters together; at most "
              + checker.maxPostLength()
              + " are allowed");
    }
    return reply;
  }

  /** The checker for {@code profile} ({@code null} or blank for the standard one). */
  public ComplianceChecker checker(String profile) {
    if (profile == null || profile.isBlank()) {
      return checkers.standard();
    }
    return checkers
        .forProfile(profile.trim())
        .orElseThrow(
            () ->
                new InvalidInput(
                    "profile: unknown profile"
                        + quoted(profile)
                        + " ("
                        + (checkers.profileNames().isEmpty()
                            ? "no profiles are bundled"
                            : "expected one of " + String.join(", ", checkers.profileNames()))
                        + ")"));
  }

  /**
   * Checks one post with the given checker, in one of the bounded check slots.
   *
   * @throws CheckSlots.Busy if every slot stays busy for the configured wait
   * @throws CheckFailed if the checker throws; what it threw is logged without its message
   */
  public Checked check(Post post, ComplianceChecker checker) {
    return slots.run(() -> checkNow(post, checker));
  }

  /** Checks every post in one slot, in order; as {@link #check}. */
  public List<Checked> checkAll(List<Post> posts, ComplianceChecker checker) {
    return slots.run(
        () -> {
          List<Checked> out = new ArrayList<>(posts.size());
          posts.forEach(p -> out.add(checkNow(p, checker)));
          return out;
        });
  }

  private Checked checkNow(Post post, ComplianceChecker checker) {
    long t0 = System.nanoTime();
    Checked checked;
    try {
      checked = Checked.of(post, checker.check(post), checker, checkers.region());
    } catch (RuntimeException e) {
      // The message and the causes' messages may quote the draft: log the class and where it was
      // thrown only.
      String where = e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0].toString();
      LOG.error(
          "check failed chars={} platform={} error={} at {}",
          post.text().length(),
          platformId(post),
          e.getClass().getName(),
          where);
      throw new CheckFailed(e.getClass().getSimpleName());
    }
    Report report = checked.report();
    if (LOG.isInfoEnabled()) {
      LOG.info(
          "checked chars={} platform={} verdict={} findings={} micros={}",
          post.text().length(),
          platformId(post),
          report.verdict().id(),
          report.findings().size(),
          (System.nanoTime() - t0) / 1_000);
    }
    return checked;
  }

  private static String platformId(Post post) {
    return post.platform() == null ? ALL : post.platform().id();
  }

  /**
   * A field value quoted back in an error message, with a leading space, when it looks like an id
   * (short, no spaces); otherwise nothing, so that a draft pasted into the wrong field never
   * reaches a message.
   */
  private static String quoted(String s) {
    String t = s.strip();
    return ID.matcher(t).matches() ? " '" + t + "'" : "";
  }
}
