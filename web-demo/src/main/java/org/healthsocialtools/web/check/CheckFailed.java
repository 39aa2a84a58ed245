package org.healthsocialtools.web.check;

/**
 * The checker failed on a draft (a bug). It carries neither the original exception nor its message,
 * which could quote the draft: only the exception's class and the place it was thrown, which {@link
 * CheckService} logs.
 */
public final class CheckFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CheckFailed(String what) {
    super("checking failed: " + what, null, false, false);
  }
}
