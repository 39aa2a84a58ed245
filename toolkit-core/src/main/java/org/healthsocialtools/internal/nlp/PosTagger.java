package org.healthsocialtools.internal.nlp;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.analysis.Sentence;
import org.healthsocialtools.analysis.Token;

/**
 * Universal POS tags from OpenNLP's English UD model, one sentence at a time, on demand. Non-English posts get
 * {@code X} for every token: no tagger is better than an English one guessing at Welsh.
 */
public final class PosTagger implements AnalyzedPost.Tagger {

  public static final PosTagger INSTANCE = new PosTagger();

  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(Models.posModel()));

  private PosTagger() {}

  @Override
  public String[] tag(AnalyzedPost post, Sentence sentence) {
    int n = sentence.tokenCount();
    if (!post.language().equals("en")) {
      String[] x = new String[n];
      Arrays.fill(x, "X");
      return x;
    }
    List<Token> tokens = post.tokens();
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(sentence.firstToken() + i);
      words[i] = switch (t.type()) {
        case URL, EMAIL -> "http://x";
        case HASHTAG, MENTION -> t.text();
        default -> t.text();
      };
    }
    return TAGGER.get().tag(words);
  }
}
