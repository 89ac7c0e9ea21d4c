package io.allianceeval.examples.app;

import com.google.gson.JsonObject;
import io.allianceeval.activity.Activity;
import io.allianceeval.examples.db.StoredYear;
import io.allianceeval.year.Submission;

/** The JSON the change log keeps of an entry, a submission and a year, before and after. */
final class JsonText {

  private JsonText() {}

  static String entry(Activity a) {
    JsonObject o = new JsonObject();
    o.addProperty("alliance", a.alliance().code().toString());
    o.addProperty("kind", a.kind().name());
    o.addProperty("date", a.date().toString());
    o.addProperty("title", a.title());
    a.evidence().ifPresent(e -> o.addProperty("evidence", e));
    if (a.value().isPresent()) {
      o.addProperty("value", a.value().getAsInt());
    }
    return o.toString();
  }

  static String submission(Submission s) {
    JsonObject o = new JsonObject();
    o.addProperty("state", s.state().name());
    s.comment().ifPresent(c -> o.addProperty("comment", c));
    s.reopenedBecause().ifPresent(r -> o.addProperty("reopenedBecause", r));
    return o.toString();
  }

  static String scores(java.util.List<io.allianceeval.review.ScoreEntry> scores) {
    JsonObject o = new JsonObject();
    for (io.allianceeval.review.ScoreEntry s : scores) {
      o.addProperty(s.indicator().orElse("total"), s.points().toString());
    }
    return o.toString();
  }

  static String year(StoredYear y) {
    JsonObject o = new JsonObject();
    o.addProperty("year", y.year().year());
    o.addProperty("periodStart", y.year().period().start().toString());
    o.addProperty("periodEnd", y.year().period().end().toString());
    o.addProperty("deadline", y.year().deadline().toString());
    o.addProperty("locked", y.year().locked());
    o.addProperty("eligibility", y.eligibility());
    o.addProperty("customSystem", y.customSystem());
    o.addProperty("phase", y.phase().name());
    y.publicityEnd().ifPresent(e -> o.addProperty("publicityEnd", e.toString()));
    return o.toString();
  }
}
