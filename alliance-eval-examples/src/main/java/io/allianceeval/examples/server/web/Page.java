package io.allianceeval.examples.server.web;

import io.allianceeval.examples.db.Account;
import io.allianceeval.examples.report.Lang;
import io.allianceeval.year.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What every page shows besides its own content: the sentences of its language, the user logged
 * in, the session's CSRF token for its forms, the path (for the language switch), and the message
 * of a step just taken.
 *
 * @param t the sentences
 * @param user the account logged in, if any
 * @param csrf the session's CSRF token; empty without a session
 * @param path the page's path with its query
 * @param done what the last step did, if the page follows one
 */
public record Page(Texts t, Optional<Account> user, String csrf, String path,
    Optional<String> done) {

  /** Whether the user is the office. */
  public boolean isOffice() {
    return user.isPresent() && user.get().role() == Role.OFFICE;
  }

  /** The page's language for {@code <html lang>}. */
  public String htmlLang() {
    return t.lang() == Lang.ZH ? "zh-CN" : "en";
  }

  /** The other language's {@code lang}. */
  public String otherHtmlLang() {
    return t.lang() == Lang.ZH ? "en" : "zh-CN";
  }

  /** The link that switches the language and comes back here. */
  public String otherLangHref() {
    return "/lang?to=" + (t.lang() == Lang.ZH ? "en" : "zh") + "&back="
        + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }
}
