package org.healthsocialtools.web.reliability;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection to the server on 127.0.0.1, driven byte by byte: for clients that
 * misbehave (trickle headers or a body, declare huge bodies) in ways a normal HTTP client will not.
 */
public final class RawHttp implements Closeable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  public RawHttp(int port, int readTimeoutMillis) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(readTimeoutMillis);
    out = socket.getOutputStream();
    in = socket.getInputStream();
  }

  public void send(String s) throws IOException {
    send(s.getBytes(StandardCharsets.UTF_8));
  }

  public void send(byte[] b) throws IOException {
    out.write(b);
    out.flush();
  }

  /** True when the server has sent something (or closed the connection), without blocking. */
  public boolean answered() throws IOException {
    return in.available() > 0 || socket.isInputShutdown();
  }

  /**
   * The status code of the final response (reads its status line, skipping any 100 Continue), or -1
   * when the connection closes first.
   */
  public int status() throws IOException {
    while (true) {
      String s = line();
      int status =
          s.startsWith("HTTP/1.1 ") && s.length() >= 12 ? Integer.parseInt(s.substring(9, 12)) : -1;
      if (status < 100 || status >= 200) {
        return status;
      }
      while (!line().isEmpty()) {
        // the interim response's headers
      }
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
      if (c != '\r') {
        line.write(c);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }

  /** The rest of the response, up to the server closing the connection or the read timeout. */
  public String rest() throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  public static String head(
      String method, String path, String type, String lengthOrChunked, String... extra) {
    StringBuilder b =
        new StringBuilder(method)
            .append(' ')
            .append(path)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    b.append("Content-Type: ").append(type).append("\r\n");
    b.append(
            lengthOrChunked.equals("chunked")
                ? "Transfer-Encoding: chunked"
                : "Content-Length: " + lengthOrChunked)
        .append("\r\n");
    for (String e : extra) {
      b.append(e).append("\r\n");
    }
    return b.append("\r\n").toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
