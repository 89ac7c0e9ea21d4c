package io.allianceeval.examples.server.web;

import java.util.List;

/**
 * What the review's pages show, as plain values the templates read: every text already in the
 * page's language, every number already formatted.
 */
public final class ReviewViews {

  private ReviewViews() {}

  /** A member of the panel. */
  public record ExpertRow(String id, String name, String group, String position,
      String organisation, String affiliations, String username) {}

  /** One group of the plan: its experts and the alliances it scores in each round. */
  public record GroupRow(String group, List<String> experts, List<String> round1,
      List<String> round2) {}

  /** One alliance of the plan. */
  public record PlanRow(String code, String name, String round1, String round2,
      String experts1, String experts2) {}

  /** A round in the hub: its state and where to follow it. */
  public record RoundRow(int number, String label, String state, String href, boolean canOpen,
      boolean canClose) {}

  /** The office's hub of a year's second half. */
  public record Hub(int year, String phase, String phaseKey, List<ExpertRow> experts,
      List<GroupRow> groups, List<PlanRow> plan, String minExperts, boolean canImport,
      boolean canPlan, List<RoundRow> rounds, boolean canStartMeeting, boolean meeting,
      boolean canOpenPublicity, String publicityEnd, List<AppealRow> appeals, boolean canPublish,
      boolean published, List<String> groupNames) {}

  /** An expert's progress in a round. */
  public record ProgressRow(String id, String name, String group, String state, String stateKey,
      boolean late, String assigned, String missing, String reopened, boolean canReopen) {}

  /** A round's progress page. */
  public record Progress(int year, int round, String label, String state, String opened,
      String due, String closed, String missingReason, int outstanding,
      List<ProgressRow> experts, boolean canOpen, boolean canClose) {}

  /** A reviewed alliance in the meeting. */
  public record FlagRow(String code, String name, String round1, String round2, String flag,
      String status, String statusKey, String finalScore, String tier, String decision,
      String unstable, boolean canDecide, List<String> trail) {}

  /**
   * An expert's yardstick: the mean deviation from the other experts, the least-squares bias with
   * its standard error, how many marks the estimate rests on and how many lie outside the
   * corridor.
   */
  public record SeverityRow(String id, String name, String severity, String bias,
      String standardError, int marks, int outside) {}

  /** A mark outside the corridor around the other experts' mean on the same alliance and round. */
  public record CorridorRow(String round, String expert, String code, String mark,
      String othersMean, String deviation) {}

  /** The collective review's page. */
  public record Meeting(int year, String phase, List<FlagRow> flagged, List<FlagRow> others,
      List<SeverityRow> severity, int awaiting, String corridor, String sigma,
      List<CorridorRow> outside) {}

  /** An appeal and its answer. */
  public record AppealRow(String code, String name, String reasons, String filed, String answer,
      boolean canAnswer) {}

  /** An alliance on an expert's sheet. */
  public record SheetRow(String code, String name, String total, String href) {}

  /** An expert's sheet of a round. */
  public record Sheet(int year, int round, String label, String expert, String group,
      String state, String stateKey, String reopened, List<SheetRow> alliances,
      boolean canSubmit, int unscored) {}

  /** One indicator's field on the scoring form. */
  public record ScoreField(String id, String name, String max, String value) {}

  /** The page on which an expert scores one alliance. */
  public record ScorePage(int year, int round, String code, String name, String state,
      List<Views.EntryRow> entries, List<Views.IndicatorRow> indicators, String tallyTotal,
      List<ScoreField> fields, String total, boolean canSave, List<String> others,
      String back) {}

  /** A secretariat's view of its result. */
  public record Result(int year, String code, String name, String round1, String round2,
      String finalScore, String tier, List<Views.IndicatorRow> indicators, String appealReasons,
      String appealAnswer, boolean canAppeal, String publicityEnd, boolean published,
      Chances chances) {}

  /**
   * How sure an alliance's tier is, for the office: the nominal total, tier and rank, each tier's
   * probability, and the rank interval; none for the other roles.
   */
  public record Chances(boolean shown, String method, String total, String tier, List<Chance> tiers,
      String rank, String interval, String note) {

    /** Nothing to show. */
    static Chances none() {
      return new Chances(false, "", "", "", List.of(), "", "", "");
    }

    /** A sentence instead of the analysis. */
    static Chances note(String note) {
      return new Chances(true, "", "", "", List.of(), "", "", note);
    }
  }

  /** One tier's probability, as a percentage and a bar's width. */
  public record Chance(String tier, String percent, int width) {}

  /** One year of an alliance's history. */
  public record HistoryRow(int year, String source, String score, String tier, String aLevel) {}
}
