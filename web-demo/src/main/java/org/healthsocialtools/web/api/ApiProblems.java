package org.healthsocialtools.web.api;

import org.healthsocialtools.web.check.CheckFailed;
import org.healthsocialtools.web.check.CheckSlots;
import org.healthsocialtools.web.check.InvalidInput;
import org.healthsocialtools.web.http.BodyTooLarge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Maps every API error to an RFC 9457 problem detail with a clear message. Messages never quote the
 * request body: a JSON parser's message can hold a piece of the draft, so it is neither shown nor
 * logged.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  /** Every check slot is busy: refuse now, with a hint when to come back, rather than queue. */
  @ExceptionHandler(CheckSlots.Busy.class)
  ResponseEntity<ProblemDetail> busy(CheckSlots.Busy e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(CheckSlots.Busy.RETRY_AFTER_SECONDS))
        .body(
            problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Too busy",
                "The checker is busy: " + e.getMessage() + "."));
  }

  /**
   * The checker failed; {@link org.healthsocialtools.web.check.CheckService} has logged what,
   * without the draft.
   */
  @ExceptionHandler(CheckFailed.class)
  ProblemDetail failed(CheckFailed e) {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Check failed", FAILED);
  }

  /**
   * Any other failure: a problem detail, and a log line with the exception's class and where it was
   * thrown but not its message, which could quote the request.
   */
  @ExceptionHandler(RuntimeException.class)
  ProblemDetail unexpected(RuntimeException e) {
    LOG.error(
        "request failed: {} at {}",
        e.getClass().getName(),
        e.getStackTrace().length == 0 ? "?" : e.getStackTrace()[0]);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", FAILED);
  }

  static final String FAILED =
      "The draft could not be checked because of an internal error. Nothing of it was "
          + "stored or logged. Try again; if it keeps failing, report it with the time.";

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var tooLarge = BodyTooLarge.in(ex);
    if (tooLarge.isPresent()) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge.get().problem());
    }
    return ResponseEntity.badRequest()
        .body(
            problem(
                HttpStatus.BAD_REQUEST,
                "Malformed JSON",
                "The request body is not a valid JSON object of the expected shape (for /api/v1/check: "
                    + "{\"text\": \"...\", \"platform\": \"x\"})."));
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
