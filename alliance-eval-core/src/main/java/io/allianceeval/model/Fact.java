package io.allianceeval.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A typed key for one fact of an {@link ActivityRecord}: a non-negative whole number counted from
 * an alliance's entries in the dynamic information database, such as the number of council
 * meetings held in the year.
 *
 * <p>A fact is identified by its {@linkplain #name() name}, a lower-case snake_case word that is
 * also the column name in CSV files ({@code council_meetings}). Two facts with the same name are
 * equal; the units are only for reasons printed to people. The 20 facts of the standard 2019
 * indicator system are the constants of this class, listed in {@link #standard()}.
 */
public final class Fact implements Comparable<Fact> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Every fact name seen, with its index: records store values in an array by this index. */
  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> INDEX =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** 1.1 理事会: council meetings held. */
  public static final Fact COUNCIL_MEETINGS = of("council_meetings", "meeting", "meetings");
  /** 1.2 专家(技术)委员会: expert or technical committee meetings held. */
  public static final Fact EXPERT_COMMITTEE_MEETINGS =
      of("expert_committee_meetings", "meeting", "meetings");
  /** 1.3 成员大会: member assemblies held. */
  public static final Fact MEMBER_ASSEMBLIES = of("member_assemblies", "assembly", "assemblies");
  /** 1.4 秘书处工作会议: secretariat work meetings held. */
  public static final Fact SECRETARIAT_MEETINGS =
      of("secretariat_meetings", "meeting", "meetings");
  /**
   * 1.5 网站、网页及时更新: months since the website was last updated; missing means the alliance
   * has no website.
   */
  public static final Fact WEBSITE_MONTHS_SINCE_UPDATE =
      of("website_months_since_update", "month", "months");
  /** 1.6 秘书处专职化、对外联络: full-time secretariat staff. */
  public static final Fact SECRETARIAT_FULL_TIME_STAFF =
      of("secretariat_full_time_staff", "person", "people");
  /** 2.1 自设协同创新项目: self-initiated joint innovation projects. */
  public static final Fact SELF_INITIATED_PROJECTS =
      of("self_initiated_projects", "project", "projects");
  /** 2.2 承担各级政府项目: government projects undertaken. */
  public static final Fact GOVERNMENT_PROJECTS = of("government_projects", "project", "projects");
  /** 2.3 外部委托项目: commissioned (non-government) projects. */
  public static final Fact COMMISSIONED_PROJECTS =
      of("commissioned_projects", "project", "projects");
  /** 2.4 知识产权共享: intellectual-property sharing activities. */
  public static final Fact IP_SHARING_ACTIVITIES =
      of("ip_sharing_activities", "activity", "activities");
  /** 2.5 组织和参与制定技术标准: technical standards drafted or co-drafted. */
  public static final Fact STANDARDS = of("standards", "standard", "standards");
  /** 2.6 共建研发平台: jointly built R&amp;D platforms. */
  public static final Fact JOINT_RD_PLATFORMS = of("joint_rd_platforms", "platform", "platforms");
  /** 2.7 学术交流: academic exchanges. */
  public static final Fact ACADEMIC_EXCHANGES = of("academic_exchanges", "exchange", "exchanges");
  /** 2.8 研究产业发展趋势: industry trend studies. */
  public static final Fact TREND_STUDIES = of("trend_studies", "study", "studies");
  /** 2.9 联盟间跨领域合作: cross-domain cooperations with other alliances. */
  public static final Fact CROSS_ALLIANCE_COOPERATIONS =
      of("cross_alliance_cooperations", "cooperation", "cooperations");
  /** 3.1 产业技术创新链: actions building the industry technology innovation chain. */
  public static final Fact INNOVATION_CHAIN_ACTIONS =
      of("innovation_chain_actions", "action", "actions");
  /** 3.2 掌握产业核心技术: core technologies mastered. */
  public static final Fact CORE_TECHNOLOGIES = of("core_technologies", "technology", "technologies");
  /** 3.3 行业技术推广及服务: technology promotion and service activities. */
  public static final Fact PROMOTION_SERVICES = of("promotion_services", "service", "services");
  /** 3.4 人才交流培养: talent exchange and training programmes. */
  public static final Fact TALENT_PROGRAMS = of("talent_programs", "programme", "programmes");
  /** 3.5 媒体报道及社会评价: media reports. */
  public static final Fact MEDIA_REPORTS = of("media_reports", "report", "reports");

  private static final List<Fact> STANDARD =
      List.of(
          COUNCIL_MEETINGS,
          EXPERT_COMMITTEE_MEETINGS,
          MEMBER_ASSEMBLIES,
          SECRETARIAT_MEETINGS,
          WEBSITE_MONTHS_SINCE_UPDATE,
          SECRETARIAT_FULL_TIME_STAFF,
          SELF_INITIATED_PROJECTS,
          GOVERNMENT_PROJECTS,
          COMMISSIONED_PROJECTS,
          IP_SHARING_ACTIVITIES,
          STANDARDS,
          JOINT_RD_PLATFORMS,
          ACADEMIC_EXCHANGES,
          TREND_STUDIES,
          CROSS_ALLIANCE_COOPERATIONS,
          INNOVATION_CHAIN_ACTIONS,
          CORE_TECHNOLOGIES,
          PROMOTION_SERVICES,
          TALENT_PROGRAMS,
          MEDIA_REPORTS);

  private final String name;
  private final String unit;
  private final String units;
  private final int index;

  private Fact(String name, String unit, String units) {
    this.name = name;
    this.unit = unit;
    this.units = units;
    this.index = INDEX.computeIfAbsent(name, n -> INDEX.size());
  }

  /**
   * A small number unique to the fact's name within this JVM, for array-backed storage. Not
   * stable across runs; never persist it.
   */
  int index() {
    return index;
  }

  /**
   * A fact with a unit, singular and plural, used in reasons ("3 meetings").
   *
   * @throws IllegalArgumentException if {@code name} is not lower-case snake_case
   */
  public static Fact of(String name, String unit, String units) {
    requireNonNull(name, "name");
    requireNonNull(unit, "unit");
    requireNonNull(units, "units");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "fact name must be lower-case snake_case such as council_meetings: '" + name + "'");
    }
    return new Fact(name, unit, units);
  }

  /** A fact without a unit. */
  public static Fact of(String name) {
    return of(name, "", "");
  }

  /** The 20 facts of the standard 2019 indicator system, in indicator order. */
  public static List<Fact> standard() {
    return STANDARD;
  }

  /** The name, also the CSV column name: {@code council_meetings}. */
  public String name() {
    return name;
  }

  /** The value with its unit, for reasons: {@code "1 meeting"}, {@code "3 meetings"}, {@code "3"}. */
  public String quantity(long value) {
    String word = value == 1 ? unit : units;
    return word.isEmpty() ? Long.toString(value) : value + " " + word;
  }

  /** The plural unit, possibly empty: {@code "meetings"}. */
  public String units() {
    return units;
  }

  @Override
  public int compareTo(Fact other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact && ((Fact) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
