package io.allianceeval.examples.report;

import io.allianceeval.activity.Period;
import io.allianceeval.awards.AwardResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a report is composed from beyond the year's result: the office's own words, the panel
 * (附件 1) and the A-level award (section 五 and 附件 3). A part that is missing leaves its section
 * out, and the report says which input would add it.
 *
 * @param prose the office's Markdown by section: {@code preface} (一、前言), {@code summary}
 *     (六、总结), {@code recommendations} (八、建议)
 * @param panel the panel's members, each {@code role, name, organisation, title}
 * @param award the A-level award of the year, if a history decides it
 * @param awardIsReconstructed whether the award rests on the reconstructed 2016–2018 history
 * @param period the evaluation period, if it is not the calendar year of the evaluation
 */
public record ReportInputs(Map<String, String> prose, Optional<List<List<String>>> panel,
    Optional<AwardResult> award, boolean awardIsReconstructed, Optional<Period> period) {

  /** Copies the parts. */
  public ReportInputs {
    prose = Map.copyOf(prose);
  }

  /** No prose, no panel, no award. */
  public static ReportInputs none() {
    return new ReportInputs(Map.of(), Optional.empty(), Optional.empty(), false,
        Optional.empty());
  }

  /** These inputs for a result counted over {@code period}. */
  public ReportInputs withPeriod(Period period) {
    return new ReportInputs(prose, panel, award, awardIsReconstructed, Optional.of(period));
  }

  /** The evaluation period of {@code year}: the one given, or the calendar year. */
  Period period(int year) {
    return period.orElse(Period.year(year));
  }
}
