package org.healthsocialtools.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.healthsocialtools.Post;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;
import org.healthsocialtools.internal.nlp.LanguageGuesser;
import org.healthsocialtools.internal.nlp.PosTagger;
import org.healthsocialtools.internal.nlp.Sentences;
import org.healthsocialtools.internal.nlp.Tokenizer;
import org.healthsocialtools.internal.text.NormalizedText;
import org.healthsocialtools.internal.text.Normalizer;

/**
 * Runs the analysis chain once per post: normalise, tokenise, decide the language, split sentences.
 */
public final class PostAnalyzer {

  private final String houseLanguage;
  private final String houseRegion;

  public PostAnalyzer(String houseLocale) {
    Locale l = Locale.forLanguageTag(houseLocale);
    this.houseLanguage = l.getLanguage().isEmpty() ? "en" : l.getLanguage();
    this.houseRegion = l.getCountry();
  }

  /**
   * Analyses the post and, when it carries one, the comment it replies to (as a post of its own,
   * same locale).
   */
  public AnalyzedPost analyze(Post post) {
    AnalyzedPost comment = null;
    if (post.inReplyTo() != null && !post.inReplyTo().isBlank()) {
      comment = analyzeOne(Post.of(post.inReplyTo()).withLocale(post.locale()), null);
    }
    return analyzeOne(post, comment);
  }

  private AnalyzedPost analyzeOne(Post post, AnalyzedPost comment) {
    NormalizedText norm = Normalizer.normalize(post.text());
    String text = norm.text();
    List<Tokenizer.Raw> raw = Tokenizer.get().tokenize(text);
    String language = LanguageGuesser.guess(text, raw, post.locale(), houseLanguage);
    String region = houseRegion;
    if (post.locale() != null) {
      String c = Locale.forLanguageTag(post.locale().replace('_', '-')).getCountry();
      region = c.isEmpty() ? houseRegion : c;
    }
    List<int[]> bounds = Sentences.split(text, language.equals("en"));
    List<Sentence> sentences = new ArrayList<>(bounds.size());
    List<Token> tokens = new ArrayList<>(raw.size());
    int t = 0;
    for (int s = 0; s < bounds.size(); s++) {
      int[] b = bounds.get(s);
      int first = t;
      boolean last = s == bounds.size() - 1;
      while (t < raw.size() && (last || raw.get(t).start() < b[1])) {
        Tokenizer.Raw r = raw.get(t);
        tokens.add(new Token(t, r.start(), r.end(), r.text(), r.key(), r.type(), s));
        t++;
      }
      sentences.add(new Sentence(b[0], b[1], first, t));
    }
    return new AnalyzedPost(
        post, norm, language, region, sentences, tokens, PosTagger.INSTANCE, comment);
  }
}
