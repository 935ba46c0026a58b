package com.followup.admin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A multi-brand car dealership: models sold in China, VINs of their makers' WMIs, workshop parts.
 */
final class CarLine implements ProductLine {

  private record Model(String name, String wmi, String descriptor, char plant, boolean electric) {}

  private static final List<Model> MODELS =
      List.of(
          new Model("大众 朗逸", "LSV", "AN2A4", 'S', false),
          new Model("大众 帕萨特", "LSV", "DC4B2", 'S', false),
          new Model("别克 GL8", "LSG", "UA83L", 'J', false),
          new Model("比亚迪 秦PLUS DM-i", "LGX", "CE4C7", 'X', false),
          new Model("比亚迪 宋PLUS EV", "LGX", "FF4E3", 'C', true),
          new Model("特斯拉 Model Y", "LRW", "YGEFK", 'S', true),
          new Model("吉利 星越L", "L6T", "79J2N", 'N', false),
          new Model("丰田 凯美瑞", "LVG", "D4FK7", 'G', false),
          new Model("本田 雅阁", "LHG", "CV169", 'G', false),
          new Model("长安 CS75 PLUS", "LS5", "A3DE6", 'C', false),
          new Model("荣威 RX5", "LSJ", "A24U1", 'N', false));

  private static final List<String> PARTS =
      List.of(
          "机油",
          "机油滤芯",
          "空气滤芯",
          "空调滤芯",
          "刹车片(前)",
          "刹车片(后)",
          "火花塞",
          "蓄电池",
          "雨刮片",
          "轮胎 225/55R17",
          "正时皮带",
          "减震器(前左)",
          "大灯总成",
          "外后视镜(右)",
          "ABS传感器",
          "冷却液");

  private static final List<String> EV_PARTS =
      List.of("空调滤芯", "刹车片(前)", "雨刮片", "轮胎 235/45R19", "冷却液", "12V蓄电池", "充电口总成", "减震器(后右)");

  private int serial;

  @Override
  public Item item(RandomGenerator random, LocalDate day) {
    Model model = MODELS.get(random.nextInt(MODELS.size()));
    int year = day.getYear() + (day.getMonthValue() >= 9 && random.nextBoolean() ? 1 : 0);
    String vin =
        Vins.of(model.wmi(), model.descriptor(), year, model.plant(), 100_000 + (++serial * 37));
    return new Item(model.name(), vin);
  }

  @Override
  public String repairParts(RandomGenerator random, Item item) {
    boolean electric =
        MODELS.stream().anyMatch(m -> m.electric() && m.name().equals(item.product()));
    return ProductLine.someOf(random, electric ? EV_PARTS : PARTS, 3);
  }
}
