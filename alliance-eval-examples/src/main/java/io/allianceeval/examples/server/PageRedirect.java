package io.allianceeval.examples.server;

/** A page request answered with a redirect to {@link #getMessage()} (the login, the password). */
final class PageRedirect extends Exception {

  private static final long serialVersionUID = 1L;

  PageRedirect(String to) {
    super(to, null, false, false);
  }
}
