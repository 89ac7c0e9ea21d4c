package io.allianceeval.scoring;

import static io.allianceeval.scoring.IndicatorPolicy.atLeast;
import static io.allianceeval.scoring.IndicatorPolicy.ladder;

import io.allianceeval.model.Fact;
import java.util.List;

/**
 * The library's standard 2019 model (SPEC §2, kept in {@code docs/standard-model-2019.md}): the 20
 * facts an alliance enters, one per second-level indicator, and the indicator system that scores
 * them — 3 groups and 20 indicators of the 2019 report with the documented default points (25 +
 * 45 + 30 = 100). The report names the indicators but does not publish their points; every number
 * can be replaced through {@link IndicatorSystem#toBuilder()}.
 */
public final class Standard2019 {

  /** 1.1 理事会: council meetings held. */
  public static final Fact COUNCIL_MEETINGS = Fact.of("council_meetings", "meeting", "meetings");
  /** 1.2 专家(技术)委员会: expert or technical committee meetings held. */
  public static final Fact EXPERT_COMMITTEE_MEETINGS =
      Fact.of("expert_committee_meetings", "meeting", "meetings");
  /** 1.3 成员大会: member assemblies held. */
  public static final Fact MEMBER_ASSEMBLIES = Fact.of("member_assemblies", "assembly", "assemblies");
  /** 1.4 秘书处工作会议: secretariat work meetings held. */
  public static final Fact SECRETARIAT_MEETINGS =
      Fact.of("secretariat_meetings", "meeting", "meetings");
  /**
   * 1.5 网站、网页及时更新: months since the website was last updated; missing means the alliance
   * has no website.
   */
  public static final Fact WEBSITE_MONTHS_SINCE_UPDATE =
      Fact.of("website_months_since_update", "month", "months");
  /** 1.6 秘书处专职化、对外联络: full-time secretariat staff. */
  public static final Fact SECRETARIAT_FULL_TIME_STAFF =
      Fact.of("secretariat_full_time_staff", "person", "people");
  /** 2.1 自设协同创新项目: self-initiated joint innovation projects. */
  public static final Fact SELF_INITIATED_PROJECTS =
      Fact.of("self_initiated_projects", "project", "projects");
  /** 2.2 承担各级政府项目: government projects undertaken. */
  public static final Fact GOVERNMENT_PROJECTS = Fact.of("government_projects", "project", "projects");
  /** 2.3 外部委托项目: commissioned (non-government) projects. */
  public static final Fact COMMISSIONED_PROJECTS =
      Fact.of("commissioned_projects", "project", "projects");
  /** 2.4 知识产权共享: intellectual-property sharing activities. */
  public static final Fact IP_SHARING_ACTIVITIES =
      Fact.of("ip_sharing_activities", "activity", "activities");
  /** 2.5 组织和参与制定技术标准: technical standards drafted or co-drafted. */
  public static final Fact STANDARDS = Fact.of("standards", "standard", "standards");
  /** 2.6 共建研发平台: jointly built R&amp;D platforms. */
  public static final Fact JOINT_RD_PLATFORMS = Fact.of("joint_rd_platforms", "platform", "platforms");
  /** 2.7 学术交流: academic exchanges. */
  public static final Fact ACADEMIC_EXCHANGES = Fact.of("academic_exchanges", "exchange", "exchanges");
  /** 2.8 研究产业发展趋势: industry trend studies. */
  public static final Fact TREND_STUDIES = Fact.of("trend_studies", "study", "studies");
  /** 2.9 联盟间跨领域合作: cross-domain cooperations with other alliances. */
  public static final Fact CROSS_ALLIANCE_COOPERATIONS =
      Fact.of("cross_alliance_cooperations", "cooperation", "cooperations");
  /** 3.1 产业技术创新链: actions building the industry technology innovation chain. */
  public static final Fact INNOVATION_CHAIN_ACTIONS =
      Fact.of("innovation_chain_actions", "action", "actions");
  /** 3.2 掌握产业核心技术: core technologies mastered. */
  public static final Fact CORE_TECHNOLOGIES = Fact.of("core_technologies", "technology", "technologies");
  /** 3.3 行业技术推广及服务: technology promotion and service activities. */
  public static final Fact PROMOTION_SERVICES = Fact.of("promotion_services", "service", "services");
  /** 3.4 人才交流培养: talent exchange and training programmes. */
  public static final Fact TALENT_PROGRAMS = Fact.of("talent_programs", "programme", "programmes");
  /** 3.5 媒体报道及社会评价: media reports. */
  public static final Fact MEDIA_REPORTS = Fact.of("media_reports", "report", "reports");

  private static final List<Fact> FACTS =
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

  private static final IndicatorSystem SYSTEM = buildSystem();

  private Standard2019() {}

  /** The 20 facts of the standard model, in indicator order. */
  public static List<Fact> facts() {
    return FACTS;
  }

  /**
   * The standard 2019 indicator system, named {@code "standard 2019"}; the same instance as {@link
   * IndicatorSystem#standard2019()}.
   */
  public static IndicatorSystem indicatorSystem() {
    return SYSTEM;
  }

  private static IndicatorSystem buildSystem() {
    return IndicatorSystem.builder("standard 2019")
        .total(100)
        .group("1", "组织机构建设与运行", "Organisation & operation", 25)
        .group("2", "协同创新活动", "Collaborative innovation", 45)
        .group("3", "带动产业发展成效", "Industry impact", 30)
        .indicator("1.1", "理事会", "council meetings", 5, atLeast(COUNCIL_MEETINGS, 1, 5))
        .indicator("1.2", "专家(技术)委员会", "expert/technical committee meetings", 4,
            atLeast(EXPERT_COMMITTEE_MEETINGS, 1, 4))
        .indicator("1.3", "成员大会", "member assembly", 4, atLeast(MEMBER_ASSEMBLIES, 1, 4))
        .indicator("1.4", "秘书处工作会议", "secretariat work meetings", 4,
            ladder(SECRETARIAT_MEETINGS).atLeast(4, 4).atLeast(2, 2).atLeast(1, 1).build())
        .indicator("1.5", "网站、网页及时更新", "website kept current", 4,
            IndicatorPolicy.website(WEBSITE_MONTHS_SINCE_UPDATE))
        .indicator("1.6", "秘书处专职化、对外联络", "full-time secretariat, liaison", 4,
            ladder(SECRETARIAT_FULL_TIME_STAFF).atLeast(2, 4).atLeast(1, 2).build())
        .indicator("2.1", "自设协同创新项目", "self-initiated joint projects", 6,
            ladder(SELF_INITIATED_PROJECTS).atLeast(3, 6).atLeast(2, 4).atLeast(1, 2).build())
        .indicator("2.2", "承担各级政府项目", "government projects undertaken", 6,
            ladder(GOVERNMENT_PROJECTS).atLeast(2, 6).atLeast(1, 4).build())
        .indicator("2.3", "外部委托项目", "commissioned non-government projects", 5,
            ladder(COMMISSIONED_PROJECTS).atLeast(2, 5).atLeast(1, 3).build())
        .indicator("2.4", "知识产权共享", "IP sharing", 4, atLeast(IP_SHARING_ACTIVITIES, 1, 4))
        .indicator("2.5", "组织和参与制定技术标准", "technical standards", 6,
            ladder(STANDARDS).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("2.6", "共建研发平台", "jointly built R&D platforms", 5,
            atLeast(JOINT_RD_PLATFORMS, 1, 5))
        .indicator("2.7", "学术交流", "academic exchange", 4,
            ladder(ACADEMIC_EXCHANGES).atLeast(3, 4).atLeast(1, 2).build())
        .indicator("2.8", "研究产业发展趋势", "industry trend research", 4,
            atLeast(TREND_STUDIES, 1, 4))
        .indicator("2.9", "联盟间跨领域合作", "cross-domain alliance cooperation", 5,
            atLeast(CROSS_ALLIANCE_COOPERATIONS, 1, 5))
        .indicator("3.1", "产业技术创新链", "industry technology innovation chain", 7,
            atLeast(INNOVATION_CHAIN_ACTIONS, 1, 7))
        .indicator("3.2", "掌握产业核心技术", "core technologies mastered", 6,
            ladder(CORE_TECHNOLOGIES).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("3.3", "行业技术推广及服务", "technology promotion and services", 6,
            ladder(PROMOTION_SERVICES).atLeast(3, 6).atLeast(1, 3).build())
        .indicator("3.4", "人才交流培养", "talent exchange and training", 6,
            ladder(TALENT_PROGRAMS).atLeast(2, 6).atLeast(1, 3).build())
        .indicator("3.5", "媒体报道及社会评价", "media coverage and public evaluation", 5,
            ladder(MEDIA_REPORTS).atLeast(5, 5).atLeast(2, 3).atLeast(1, 1).build())
        .build();
  }
}
