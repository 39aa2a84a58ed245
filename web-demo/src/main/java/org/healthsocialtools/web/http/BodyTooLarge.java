package org.healthsocialtools.web.http;

import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A request body over the configured limit. {@link BodyLimitFilter} refuses such bodies before
 * anything reads them, using {@link #problem()}; as an exception it is a safety net for a reader
 * that meets one anyway.
 */
public final class BodyTooLarge extends IOException {

  private static final long serialVersionUID = 1L;
  private final long limit;

  BodyTooLarge(long limit) {
    super("request body over the limit of " + limit + " bytes", null);
    this.limit = limit;
  }

  /** The {@code BodyTooLarge} among {@code e} and its causes, if any. */
  public static Optional<BodyTooLarge> in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BodyTooLarge b) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  /** The 413 problem detail. */
  public ProblemDetail problem() {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than the limit of "
                + limit
                + " bytes. Check a shorter draft, or send a batch "
                + "as several smaller requests.");
    p.setTitle("Request body too large");
    return p;
  }
}
