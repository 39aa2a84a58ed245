package org.healthsocialtools.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.healthsocialtools.web.WebDemoProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rejects request bodies over {@code hst.web.max-body} (64 KB by default) with 413 and a problem detail: at once
 * when the declared length is too large, and while reading when a body without a declared length grows too large
 * (the reader throws {@link BodyTooLarge}, which the API maps to the same 413).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimitFilter extends OncePerRequestFilter {

  private final long limit;
  private final String problemJson;

  public BodyLimitFilter(WebDemoProperties props) {
    this.limit = props.maxBody().toBytes();
    var p = new BodyTooLarge(limit).problem();
    this.problemJson = "{\"type\":\"about:blank\",\"title\":\"" + p.getTitle() + "\",\"status\":413,\"detail\":\""
        + p.getDetail() + "\"}";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws ServletException, IOException {
    if (req.getContentLengthLong() > limit) {
      res.setStatus(413);
      res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      res.setCharacterEncoding("UTF-8");
      res.setHeader("Connection", "close");
      res.getWriter().write(problemJson);
      return;
    }
    chain.doFilter(new Limited(req, limit), res);
  }

  /** A request whose body stream fails once more than {@code limit} bytes are read. */
  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest req, long limit) {
      super(req);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    Counting(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = in.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLarge {
      read += n;
      if (read > limit) {
        throw new BodyTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
