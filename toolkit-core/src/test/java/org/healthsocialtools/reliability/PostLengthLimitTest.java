package org.healthsocialtools.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.healthsocialtools.ComplianceChecker;
import org.healthsocialtools.Post;
import org.junit.jupiter.api.Test;

/**
 * The post length limit: refused with a clear message that names the numbers and never the text.
 */
class PostLengthLimitTest {

  @Test
  void defaultLimitIsAHundredThousandCharacters() {
    try (ComplianceChecker c = ComplianceChecker.builder().useClasspathProviders(false).build()) {
      assertThat(c.maxPostLength())
          .isEqualTo(ComplianceChecker.DEFAULT_MAX_POST_LENGTH)
          .isEqualTo(100_000);
      assertThat(c.check("x".repeat(100_000)).findings()).isEmpty();
      assertThatThrownBy(() -> c.check("secret ".repeat(15_000)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "post is 105000 characters long; the limit is 100000 (ComplianceChecker.Builder.maxPostLength)")
          .hasMessageNotContaining("secret");
    }
  }

  @Test
  void limitIsConfigurable() {
    try (ComplianceChecker c =
        ComplianceChecker.builder().useClasspathProviders(false).maxPostLength(10).build()) {
      assertThat(c.check(Post.of("0123456789")).verdict()).isNotNull();
      assertThatThrownBy(() -> c.check("0123456789A"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("11 characters")
          .hasMessageContaining("limit is 10");
    }
    assertThatThrownBy(() -> ComplianceChecker.builder().maxPostLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
