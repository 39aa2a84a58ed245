package org.healthsocialtools.web.api;

import org.healthsocialtools.web.check.InvalidInput;
import org.healthsocialtools.web.http.BodyTooLarge;
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
 * Maps every API error to an RFC 9457 problem detail with a clear message. Messages never quote the request body:
 * a JSON parser's message can hold a piece of the draft, so it is neither shown nor logged.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidInput.class)
  ProblemDetail invalid(InvalidInput e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    var tooLarge = BodyTooLarge.in(ex);
    if (tooLarge.isPresent()) {
      return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge.get().problem());
    }
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed JSON",
        "The request body is not a valid JSON object of the expected shape (for /api/v1/check: "
            + "{\"text\": \"...\", \"platform\": \"x\"})."));
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
