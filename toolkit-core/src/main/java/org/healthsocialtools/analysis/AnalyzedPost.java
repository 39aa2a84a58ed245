package org.healthsocialtools.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.healthsocialtools.Platform;
import org.healthsocialtools.Post;
import org.healthsocialtools.Span;
import org.healthsocialtools.internal.text.NormalizedText;

/**
 * A post analysed once: normalised text with its offset map, language, sentences, tokens and lazily
 * computed part-of-speech tags, plus a cache for annotations several rules share. Rules read this
 * and never re-tokenise.
 *
 * <p>Not thread-safe: an instance belongs to the one {@code check} call that made it.
 */
public final class AnalyzedPost {

  /** Supplies part-of-speech tags for one sentence's tokens on first use. */
  public interface Tagger {
    String[] tag(AnalyzedPost post, Sentence sentence);
  }

  /** Typed key for {@link #shared}. Use one static instance per annotation. */
  public static final class Key<T> {
    private final String name;

    public Key(String name) {
      this.name = Objects.requireNonNull(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final Post post;
  private final NormalizedText normalized;
  private final String language;
  private final String region;
  private final List<Sentence> sentences;
  private final List<Token> tokens;
  private final Tagger tagger;
  private final String[] pos;
  private final AnalyzedPost inReplyTo;
  private Map<Key<?>, Object> shared;

  public AnalyzedPost(
      Post post,
      NormalizedText normalized,
      String language,
      String region,
      List<Sentence> sentences,
      List<Token> tokens,
      Tagger tagger) {
    this(post, normalized, language, region, sentences, tokens, tagger, null);
  }

  /**
   * @param inReplyTo the analysis of the comment the post answers ({@link Post#inReplyTo}), or
   *     {@code null}
   */
  public AnalyzedPost(
      Post post,
      NormalizedText normalized,
      String language,
      String region,
      List<Sentence> sentences,
      List<Token> tokens,
      Tagger tagger,
      AnalyzedPost inReplyTo) {
    this.inReplyTo = inReplyTo;
    this.post = post;
    this.normalized = normalized;
    this.language = language;
    this.region = region;
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.tagger = tagger;
    this.pos = new String[tokens.size()];
  }

  /**
   * The same analysis for the same text written for {@code platform}: tokens, tags and shared
   * annotations are shared with this instance (they do not depend on the platform), so a rule that
   * reads the platform can run once per platform without analysing the text again. Belongs to the
   * same {@code check} call as this instance.
   */
  public AnalyzedPost forPlatform(Platform platform) {
    return new AnalyzedPost(this, post.withPlatform(platform));
  }

  private AnalyzedPost(AnalyzedPost base, Post post) {
    this.post = post;
    this.normalized = base.normalized;
    this.language = base.language;
    this.region = base.region;
    this.sentences = base.sentences;
    this.tokens = base.tokens;
    this.tagger = base.tagger;
    this.pos = base.pos;
    this.inReplyTo = base.inReplyTo;
    if (base.shared == null) {
      base.shared = new HashMap<>(8);
    }
    this.shared = base.shared;
  }

  public Post post() {
    return post;
  }

  /**
   * The comment this post answers, analysed the same way, or {@code null} when the post carries
   * none. Context only: a rule may read it as evidence, but reports spans of this post alone and
   * never quotes the comment.
   */
  public AnalyzedPost inReplyTo() {
    return inReplyTo;
  }

  /** The text as the caller wrote it; finding spans index this. */
  public String original() {
    return normalized.original();
  }

  /** The normalised text that tokens and patterns index. */
  public String text() {
    return normalized.text();
  }

  /**
   * ISO 639-1 language the post was analysed as: {@code en}, {@code cy}, {@code es}, {@code it}, or
   * {@code und}.
   */
  public String language() {
    return language;
  }

  /** Region of the house style or post locale ({@code GB}, {@code US}), or empty when unknown. */
  public String region() {
    return region;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Maps a range of the normalised text to the span of the original text. */
  public Span toOriginal(int start, int end) {
    return normalized.toOriginal(start, end);
  }

  /**
   * Universal POS tag ({@code PROPN}, {@code NOUN}, {@code ADJ}, ...) of a token, computed for its
   * whole sentence on first use. Tokens of languages without a tagger get {@code X}.
   */
  public String pos(int tokenIndex) {
    String tag = pos[tokenIndex];
    if (tag == null) {
      Sentence s = sentences.get(tokens.get(tokenIndex).sentence());
      String[] tags = tagger.tag(this, s);
      for (int i = 0; i < tags.length; i++) {
        pos[s.firstToken() + i] = tags[i];
      }
      tag = pos[tokenIndex];
    }
    return tag;
  }

  /**
   * Index of the first token that ends after {@code offset} in the normalised text, or {@code
   * tokens().size()}.
   */
  public int tokenAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the annotation stored under {@code key}, computing it on first request. Lets several
   * rules share one computation (person mentions, condition mentions, identifier candidates) within
   * one check.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Key<T> key, Function<AnalyzedPost, T> compute) {
    if (shared == null) {
      shared = new HashMap<>(8);
    }
    Object v = shared.get(key);
    if (v == null) {
      v = compute.apply(this);
      shared.put(key, v);
    }
    return (T) v;
  }
}
