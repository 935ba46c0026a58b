package com.followup.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries STYLE.md sets: libraries apart, Twilio and Quartz each behind one adapter. */
@AnalyzeClasses(packages = "com.followup", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

  @ArchTest
  static final ArchRule libraries_never_depend_on_the_application =
      noClasses()
          .that()
          .resideInAnyPackage(
              "com.followup.campaign..", "com.followup.dialer..", "com.followup.sla..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.followup.admin..");

  @ArchTest
  static final ArchRule the_campaign_engine_knows_neither_dialer_nor_sla_tracker =
      noClasses()
          .that()
          .resideInAPackage("com.followup.campaign..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.followup.dialer..", "com.followup.sla..");

  @ArchTest
  static final ArchRule the_dialer_does_not_know_the_sla_tracker =
      noClasses()
          .that()
          .resideInAPackage("com.followup.dialer..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.followup.sla..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule the_sla_tracker_does_not_know_the_dialer =
      noClasses()
          .that()
          .resideInAPackage("com.followup.sla..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.followup.dialer..")
          .allowEmptyShould(true);

  @ArchTest
  static final ArchRule twilio_appears_only_in_the_dialers_twilio_adapter =
      noClasses()
          .that()
          .resideOutsideOfPackage("com.followup.dialer.telephony.twilio..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.twilio..");

  @ArchTest
  static final ArchRule quartz_appears_only_in_scheduling_adapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("..scheduling..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.quartz..");
}
