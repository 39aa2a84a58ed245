package org.healthsocialtools.web.http;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body has already been read into memory (by {@link BodyLimitFilter}, within the
 * size and time limits). The body is served from memory; for a URL-encoded form, the parameters are
 * the query string's followed by the body's, as the servlet container would give them.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

  private final byte[] body;
  private final Map<String, String[]> params;

  /**
   * @throws IllegalArgumentException if a form body is not valid URL-encoded data
   */
  BufferedRequest(HttpServletRequest req, byte[] body) {
    super(req);
    this.body = body;
    String type = req.getContentType();
    boolean form =
        type != null && type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33);
    // The container parses only the query string once the application has read the body itself.
    this.params = form ? merge(req.getParameterMap(), body, charset(req)) : null;
  }

  private static Charset charset(HttpServletRequest req) {
    String enc = req.getCharacterEncoding();
    try {
      return enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static Map<String, String[]> merge(Map<String, String[]> query, byte[] body, Charset cs) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    query.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(List.of(v)));
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), cs);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), cs);
      all.computeIfAbsent(name, x -> new ArrayList<>()).add(value);
    }
    Map<String, String[]> out = new LinkedHashMap<>();
    all.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body has already been read");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    return new BufferedReader(
        new InputStreamReader(getInputStream(), charset((HttpServletRequest) getRequest())));
  }

  @Override
  public String getParameter(String name) {
    if (params == null) {
      return super.getParameter(name);
    }
    String[] v = params.get(name);
    return v == null ? null : v[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return params == null ? super.getParameterMap() : params;
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return params == null ? super.getParameterNames() : Collections.enumeration(params.keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    if (params == null) {
      return super.getParameterValues(name);
    }
    String[] v = params.get(name);
    return v == null ? null : v.clone();
  }
}
