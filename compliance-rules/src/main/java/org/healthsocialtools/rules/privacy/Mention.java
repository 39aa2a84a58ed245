package org.healthsocialtools.rules.privacy;

import java.util.List;

/**
 * A person mentioned in a post: tokens {@code [first, end)} and the normalised-text range of the
 * name itself (without a title).
 *
 * @param staff true when the context says a consenting member of staff (award, job title, Dr/Sister
 *     title)
 * @param strong true when the name is certainly a person's (title, first name and surname)
 * @param evidence why it is a name and why patient or staff, in the order weighed
 */
record Mention(
    int first,
    int end,
    int start,
    int endOffset,
    String key,
    boolean staff,
    boolean strong,
    double confidence,
    List<String> evidence) {}
