package org.healthsocialtools.cli.input;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator of input items that reads each one on demand: {@link #read()} returns it, or null at
 * the end.
 */
abstract class Lookahead implements Iterator<InputItem> {

  private InputItem next;

  /** The next item, or {@code null} when there is none. Called only when no item is waiting. */
  protected abstract InputItem read();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = read();
    }
    return next != null;
  }

  @Override
  public final InputItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InputItem i = next;
    next = null;
    return i;
  }
}
