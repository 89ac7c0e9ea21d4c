package io.allianceeval.examples.db;

import static java.util.Objects.requireNonNull;

import io.allianceeval.model.AllianceCode;
import io.allianceeval.review.Expert;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A member of a year's panel as stored: the core's expert (id, name, affiliations), the group, the
 * 附件 1 columns (position on the panel, organisation, title) and the account he or she logs in
 * with.
 *
 * @param id the expert's id on the panel, such as {@code E01}
 * @param name the name
 * @param group the panel group
 * @param position the position on the panel as 附件 1 prints it (组长, 成员…), may be empty
 * @param organisation the organisation, may be empty
 * @param title the title, may be empty
 * @param username the account
 * @param affiliations the alliances the expert never scores
 */
public record StoredExpert(String id, String name, String group, String position,
    String organisation, String title, String username, SortedSet<AllianceCode> affiliations) {

  /** Checks the parts and copies the affiliations. */
  public StoredExpert {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(group, "group");
    requireNonNull(position, "position");
    requireNonNull(organisation, "organisation");
    requireNonNull(title, "title");
    requireNonNull(username, "username");
    affiliations = Collections.unmodifiableSortedSet(new TreeSet<>(affiliations));
  }

  /** The core's expert. */
  public Expert expert() {
    return new Expert(id, name, affiliations);
  }
}
