package org.healthsocialtools.web.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.healthsocialtools.rule.Example;
import org.healthsocialtools.rule.RuleInfo;
import org.healthsocialtools.web.check.Checkers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Full-text search over the rule catalogue: an in-memory Lucene index of every rule's id, summary,
 * message, suggestion, source, kind, category and examples, built once at startup. Every word of a
 * query must match some field, as a whole word or a word prefix ("stig" finds stigma); matches in
 * the id and summary rank first. Thread-safe.
 */
@Component
public class RuleSearch {

  /** Fields searched, with their boosts. */
  private static final Map<String, Float> FIELDS =
      Map.of(
          "id",
          4f,
          "summary",
          3f,
          "kind",
          2f,
          "message",
          1.5f,
          "suggestion",
          1f,
          "source",
          1f,
          "examples",
          0.5f);

  private static final int MAX_WORDS = 12;

  private final List<RuleInfo> rules;
  private final Analyzer analyzer = new StandardAnalyzer();
  private final IndexSearcher searcher;

  @Autowired
  public RuleSearch(Checkers checkers) {
    this(checkers.standard().rules());
  }

  RuleSearch(List<RuleInfo> rules) {
    this.rules = List.copyOf(rules);
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (int i = 0; i < this.rules.size(); i++) {
        w.addDocument(document(i, this.rules.get(i)));
      }
      w.commit();
      this.searcher = new IndexSearcher(DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every rule, in the checker's order. */
  public List<RuleInfo> all() {
    return rules;
  }

  /** The rules matching {@code query}, best first; every rule when the query has no words. */
  public List<RuleInfo> search(String query) {
    List<String> words = words(query == null ? "" : query);
    if (words.isEmpty()) {
      return rules;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      FIELDS.forEach(
          (field, boost) -> {
            any.add(new BoostQuery(new TermQuery(new Term(field, word)), boost * 2), Occur.SHOULD);
            if (word.length() >= 2) {
              any.add(new BoostQuery(new PrefixQuery(new Term(field, word)), boost), Occur.SHOULD);
            }
          });
      all.add(any.build(), Occur.MUST);
    }
    try {
      List<RuleInfo> found = new ArrayList<>();
      for (ScoreDoc d : searcher.search(all.build(), Math.max(1, rules.size())).scoreDocs) {
        found.add(
            rules.get(
                searcher.storedFields().document(d.doc).getField("ord").numericValue().intValue()));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document document(int ord, RuleInfo r) {
    Document d = new Document();
    d.add(new StoredField("ord", ord));
    d.add(
        new TextField(
            "id", r.id().replace('.', ' ').replace('-', ' ') + " " + r.id(), Field.Store.NO));
    d.add(new TextField("summary", r.summary(), Field.Store.NO));
    d.add(
        new TextField(
            "kind", r.kind().name().replace('_', ' ') + " " + r.category().id(), Field.Store.NO));
    d.add(new TextField("message", r.message(), Field.Store.NO));
    d.add(
        new TextField("suggestion", r.suggestion() == null ? "" : r.suggestion(), Field.Store.NO));
    d.add(new TextField("source", r.source(), Field.Store.NO));
    StringBuilder ex = new StringBuilder();
    for (Example e : r.examples()) {
      ex.append(e.input()).append('\n');
    }
    d.add(new TextField("examples", ex.toString(), Field.Store.NO));
    return d;
  }

  /** The query's words as the index's analyser produces them (lower case, split on punctuation). */
  private List<String> words(String query) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("summary", query)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_WORDS) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
