package com.followup.admin.demo;

import java.util.List;
import java.util.function.Supplier;

/**
 * A dealer of the demo centre, its user and how many records of the last 30 days it uploads.
 *
 * @param purchaseShare share of its records that are purchases (the rest are repairs)
 */
record DemoDealer(
    String code,
    String name,
    String country,
    String timezone,
    String user,
    int records,
    double purchaseShare,
    Supplier<ProductLine> line) {

  /** The dealer whose presence marks a database as the demo's own. */
  static final String MARKER = "DEMO01";

  static final List<DemoDealer> ALL =
      List.of(
          new DemoDealer(
              MARKER, "上海示范汽车", "CN", "Asia/Shanghai", "dealer1", 3000, 0.6, CarLine::new),
          new DemoDealer(
              "DEMO02",
              "杭州示范家电服务站",
              "CN",
              "Asia/Shanghai",
              "dealer2",
              1500,
              0.3,
              ApplianceLine::new));
}
