package org.healthsocialtools.rules.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.healthsocialtools.OrganisationProfile;
import org.healthsocialtools.analysis.AnalyzedPost;
import org.healthsocialtools.rule.Lexicon;
import org.healthsocialtools.rule.Lexicons;

/**
 * What the privacy rules need from the organisation's profile, precomputed once per profile: its
 * own numbers, e-mails, handles, addresses and names (never findings), consenting staff, and the
 * allow and deny lists.
 */
final class ProfileView {

  private static final Map<OrganisationProfile, ProfileView> CACHE = new WeakHashMap<>();
  private static final Set<String> TITLES =
      Set.of(
          "dr",
          "mr",
          "mrs",
          "ms",
          "miss",
          "mx",
          "prof",
          "professor",
          "sister",
          "nurse",
          "matron",
          "sir",
          "dame");

  final OrganisationProfile profile;
  final Lexicon allow;
  final Lexicon deny;
  final Lexicon organisationNames;

  /** Keys of the name words of consenting staff ("Dr Priya Shah" gives priya and shah). */
  final Set<String> staffNameKeys;

  final Set<String> phoneTails;
  final Set<String> emails;
  final Set<String> emailDomains;
  final Set<String> handles;

  /**
   * The organisation's addresses, lower case with spaces folded, and their postcodes without
   * spaces.
   */
  final List<String> addresses;

  final Set<String> postcodes;

  /** The organisation's own identifier formats (a trust's MRN), by name, compiled once. */
  final Map<String, com.google.re2j.Pattern> identifierPatterns;

  private final AnalyzedPost.Key<boolean[]> allowKey =
      new AnalyzedPost.Key<>("privacy.profile-allow");

  private ProfileView(OrganisationProfile p) {
    this.profile = p;
    this.allow = Lexicon.of(p.allow());
    this.deny = Lexicon.of(p.deny());
    List<String> org = new ArrayList<>(p.organisationNames());
    if (!p.name().isBlank()) {
      org.add(p.name());
    }
    this.organisationNames = Lexicon.of(org);
    Set<String> staff = new HashSet<>();
    for (String s : p.staff()) {
      for (String w : s.split("[\\s.,]+")) {
        String k = Lexicons.key(w);
        if (!k.isEmpty() && !TITLES.contains(k)) {
          staff.add(k);
        }
      }
    }
    this.staffNameKeys = Set.copyOf(staff);
    Set<String> tails = new HashSet<>();
    for (String n : p.phoneNumbers()) {
      String t = phoneTail(n);
      if (t != null) {
        tails.add(t);
      }
    }
    this.phoneTails = Set.copyOf(tails);
    Set<String> mails = new HashSet<>();
    Set<String> domains = new HashSet<>();
    for (String e : p.emails()) {
      String m = e.strip().toLowerCase(Locale.ROOT);
      mails.add(m);
      int at = m.indexOf('@');
      if (at >= 0) {
        domains.add(m.substring(at + 1));
      }
    }
    this.emails = Set.copyOf(mails);
    this.emailDomains = Set.copyOf(domains);
    Set<String> hs = new HashSet<>();
    for (String h : p.handles()) {
      hs.add(handleKey(h));
    }
    this.handles = Set.copyOf(hs);
    List<String> addr = new ArrayList<>();
    Set<String> pcs = new HashSet<>();
    for (String a : p.addresses()) {
      addr.add(fold(a));
      var m = Postcodes.UK_IN_TEXT.matcher(a.toUpperCase(Locale.ROOT));
      while (m.find()) {
        pcs.add(m.group().replace(" ", ""));
      }
    }
    Map<String, com.google.re2j.Pattern> ids = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> e : p.identifierPatterns().entrySet()) {
      try {
        ids.put(e.getKey(), com.google.re2j.Pattern.compile(e.getValue()));
      } catch (com.google.re2j.PatternSyntaxException ex) {
        throw new org.healthsocialtools.rule.RulePackException(
            "organisation profile: identifierPatterns."
                + e.getKey()
                + " does not compile: "
                + ex.getMessage());
      }
    }
    this.identifierPatterns = java.util.Collections.unmodifiableMap(ids);
    this.addresses = List.copyOf(addr);
    this.postcodes = Set.copyOf(pcs);
  }

  static ProfileView of(OrganisationProfile p) {
    synchronized (CACHE) {
      return CACHE.computeIfAbsent(p, ProfileView::new);
    }
  }

  /** The last nine digits of a phone number: enough to compare national and international forms. */
  static String phoneTail(String number) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      }
    }
    return d.length() < 6 ? null : d.substring(Math.max(0, d.length() - 9));
  }

  static String handleKey(String h) {
    String s = h.strip().toLowerCase(Locale.ROOT);
    return s.startsWith("@") ? s.substring(1) : s;
  }

  static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\s,]+", " ").strip();
  }

  boolean ownPhone(String number) {
    String t = phoneTail(number);
    return t != null && phoneTails.contains(t);
  }

  boolean ownAddress(String text) {
    String f = fold(text);
    if (f.length() < 4) {
      return false;
    }
    for (String a : addresses) {
      if (a.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if the normalised range [start, end) overlaps an allow-list phrase or an organisation
   * name.
   */
  boolean allowed(AnalyzedPost post, int start, int end) {
    if (allow.size() == 0 && organisationNames.size() == 0) {
      return false;
    }
    boolean[] marked = post.shared(allowKey, this::markAllowed);
    var tokens = post.tokens();
    for (int i = post.tokenAtOrAfter(start);
        i < tokens.size() && tokens.get(i).start() < end;
        i++) {
      if (marked[i]) {
        return true;
      }
    }
    return false;
  }

  private boolean[] markAllowed(AnalyzedPost post) {
    boolean[] marked = new boolean[post.tokens().size()];
    for (Lexicon lex : List.of(allow, organisationNames)) {
      if (lex.size() == 0) {
        continue;
      }
      for (Lexicon.Match m : lex.findAll(post)) {
        for (int i = m.first(); i < m.end(); i++) {
          marked[i] = true;
        }
      }
    }
    return marked;
  }
}
