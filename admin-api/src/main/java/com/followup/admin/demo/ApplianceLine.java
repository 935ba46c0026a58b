package com.followup.admin.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.random.RandomGenerator;

/** An appliance service station: household brands, their serial numbers, spare parts. */
final class ApplianceLine implements ProductLine {

  private record Model(String name, String serialPrefix, List<String> parts) {}

  private static final List<String> COOLING = List.of("压缩机", "启动电容", "温控器", "风扇电机", "冷媒(R32)");
  private static final List<String> WASHING = List.of("排水泵", "门封条", "主控板", "进水阀", "轴承");

  private static final List<Model> MODELS =
      List.of(
          new Model("海尔 冰箱 BCD-470WGHFD", "BE0", COOLING),
          new Model("美的 变频空调 KFR-35GW/N8MJA3", "MD3", COOLING),
          new Model("格力 空调 云佳 KFR-26GW", "GR2", COOLING),
          new Model("小天鹅 滚筒洗衣机 TG100V88", "LT1", WASHING),
          new Model("西门子 洗碗机 SJ636X04JC", "SM6", WASHING),
          new Model("方太 油烟机 JCD10TB", "FT1", List.of("风机电机", "止回阀", "油杯", "控制面板")),
          new Model("海信 电视 65E7K", "HS6", List.of("电源板", "背光灯条", "主板", "遥控器")),
          new Model("美的 电热水器 F6032-JE5", "MD6", List.of("加热管", "镁棒", "温控器", "安全阀")));

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyMM");

  private int serial;

  @Override
  public Item item(RandomGenerator random, LocalDate day) {
    Model model = MODELS.get(random.nextInt(MODELS.size()));
    LocalDate made = day.minusDays(30 + random.nextInt(700));
    String number =
        model.serialPrefix() + made.format(MONTH) + String.format("%08d", 20_000 + (++serial * 53));
    return new Item(model.name(), number);
  }

  @Override
  public String repairParts(RandomGenerator random, Item item) {
    Model model =
        MODELS.stream().filter(m -> m.name().equals(item.product())).findFirst().orElseThrow();
    return ProductLine.someOf(random, model.parts(), 2);
  }
}
