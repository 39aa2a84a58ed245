package org.healthsocialtools.web.http;

import java.io.IOException;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC's JSON converter, except that a body it cannot read fails with a message that holds
 * only where the JSON broke (line and column). Jackson's own message quotes the offending token,
 * which can be a piece of the draft, and Spring logs that message at debug level; the original
 * exception is dropped for the same reason (except a {@link BodyTooLarge}, which becomes a 413).
 */
public class QuietJsonConverter extends JacksonJsonHttpMessageConverter {

  public QuietJsonConverter(JsonMapper mapper) {
    super(mapper);
  }

  @Override
  public Object read(ResolvableType type, HttpInputMessage input, Map<String, Object> hints)
      throws IOException {
    try {
      return super.read(type, input, hints);
    } catch (HttpMessageNotReadableException e) {
      throw quiet(e, input);
    }
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    try {
      return super.readInternal(clazz, input);
    } catch (HttpMessageNotReadableException e) {
      throw quiet(e, input);
    }
  }

  private static HttpMessageNotReadableException quiet(
      HttpMessageNotReadableException e, HttpInputMessage in) {
    String where = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JacksonException j && j.getLocation() != null) {
        TokenStreamLocation loc = j.getLocation();
        where = " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        break;
      }
    }
    return new HttpMessageNotReadableException(
        "JSON body not readable" + where, BodyTooLarge.in(e).orElse(null), in);
  }
}
