package org.healthsocialtools.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import org.healthsocialtools.web.WebDemoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body into memory before anything else sees it, within two limits, so that
 * neither a large nor a slow body can hold a request thread or memory for long:
 *
 * <ul>
 *   <li>{@code hst.web.max-body} (64 KB): a body declared or found to be larger gets 413;
 *   <li>{@code hst.web.body-timeout} (10 s): a body that has not fully arrived by then, however
 *       steadily it trickles, gets 408. A client that stops sending altogether is closed by
 *       Tomcat's connection timeout.
 * </ul>
 *
 * Both answers are problem details and close the connection. The body is held only in memory for
 * the request and never logged: a log line names the limit and the sizes, nothing of the content.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(BodyLimitFilter.class);

  private final long limit;
  private final long timeoutNanos;
  private final String tooLargeJson;
  private final String tooSlowJson;

  public BodyLimitFilter(WebDemoProperties props) {
    this.limit = props.maxBody().toBytes();
    this.timeoutNanos = props.bodyTimeout().toNanos();
    var p = new BodyTooLarge(limit).problem();
    this.tooLargeJson = json(p.getTitle(), 413, p.getDetail());
    this.tooSlowJson =
        json(
            "Request body too slow",
            408,
            "The request body did not arrive within "
                + props.bodyTimeout().toMillis()
                + " ms. Send it again in one go.");
  }

  private static String json(String title, int status, String detail) {
    return "{\"type\":\"about:blank\",\"title\":\""
        + title
        + "\",\"status\":"
        + status
        + ",\"detail\":\""
        + detail
        + "\"}";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    long declared = req.getContentLengthLong();
    if (declared > limit) {
      LOG.info("refused body: declared bytes={} over limit={}", declared, limit);
      reject(res, 413, tooLargeJson);
      return;
    }
    if (declared <= 0 && req.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(req, res);
      return;
    }
    byte[] body;
    try {
      body = read(req.getInputStream());
    } catch (Refused r) {
      LOG.info(
          "refused body: {} after bytes={} millis={}",
          r.status == 413 ? "over limit=" + limit : "too slow",
          r.read,
          r.millis);
      reject(res, r.status, r.status == 413 ? tooLargeJson : tooSlowJson);
      return;
    } catch (IOException e) {
      // The client went quiet past the connection timeout, or went away. Nothing of the body is
      // logged.
      boolean timeout =
          e instanceof SocketTimeoutException || e.getCause() instanceof SocketTimeoutException;
      LOG.info("body not received: {}", timeout ? "read timed out" : e.getClass().getSimpleName());
      if (timeout) {
        reject(res, 408, tooSlowJson);
      }
      return;
    }
    BufferedRequest buffered;
    try {
      buffered = new BufferedRequest(req, body);
    } catch (IllegalArgumentException e) {
      reject(res, 400, json("Malformed form", 400, "The form body is not valid URL-encoded data."));
      return;
    }
    chain.doFilter(buffered, res);
  }

  /** The whole body, or {@link Refused} once it passes the size limit or the deadline. */
  private byte[] read(InputStream in) throws IOException {
    long start = System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    byte[] buf = new byte[8192];
    for (int n; (n = in.read(buf)) >= 0; ) {
      out.write(buf, 0, n);
      long elapsed = System.nanoTime() - start;
      if (out.size() > limit) {
        throw new Refused(413, out.size(), elapsed);
      }
      if (elapsed > timeoutNanos) {
        throw new Refused(408, out.size(), elapsed);
      }
    }
    return out.toByteArray();
  }

  private static void reject(HttpServletResponse res, int status, String json) throws IOException {
    if (res.isCommitted()) {
      return;
    }
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.setHeader("Connection", "close");
    res.getWriter().write(json);
  }

  /** A body refused while reading: its status, and how much of it came in how long. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;
    final long read;
    final long millis;

    Refused(int status, long read, long elapsedNanos) {
      super(null, null);
      this.status = status;
      this.read = read;
      this.millis = elapsedNanos / 1_000_000;
    }
  }
}
