package org.healthsocialtools.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;

/** Posts for the benchmarks: a JSON Lines file, or the bundled examples when it is absent. */
final class Corpus {

  private Corpus() {}

  static List<Post> load(String path) throws IOException {
    Path p = Path.of(path);
    if (!Files.exists(p)) {
      p = Path.of("examples/posts.jsonl");
    }
    ObjectMapper json = new ObjectMapper();
    List<Post> out = new ArrayList<>();
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Post post = Post.of(n.get("text").asText());
      if (n.hasNonNull("platform")) {
        post = post.withPlatform(Platform.fromId(n.get("platform").asText()));
      }
      out.add(post);
    }
    return out;
  }
}
