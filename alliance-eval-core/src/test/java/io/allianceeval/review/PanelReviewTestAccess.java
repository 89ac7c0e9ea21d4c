package io.allianceeval.review;

/** The hand-worked panel of PanelReviewTest, for tests in other packages. */
public final class PanelReviewTestAccess {

  private PanelReviewTestAccess() {}

  /** A builder with the panel, assignment, alliances and entries of PanelReviewTest. */
  public static PanelReview.Builder builder() {
    return PanelReviewTest.builder(PanelReviewTest.entries());
  }
}
