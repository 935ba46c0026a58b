package com.followup.admin.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Customers' names as a mainland call list has them: a common surname, one or two given. */
final class ChineseNames {

  // the most common surnames first: picked with a bias towards the front, as in real lists
  private static final List<String> SURNAMES =
      List.of(
          "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
          "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
          "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
          "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱",
          "江", "尹", "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万", "钱",
          "严", "武", "戴", "莫", "孔", "汤", "欧阳", "上官", "司马");

  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉斌波凯昊睿萱琪瑶彤晗子涵浩宇欣怡梓轩雨博文思佳嘉俊晨诺依可华建国志红玲燕雪婷鹏飞立新海峰云";

  private ChineseNames() {}

  static String next(RandomGenerator random) {
    int index = (int) (SURNAMES.size() * Math.pow(random.nextDouble(), 1.6));
    StringBuilder name = new StringBuilder(SURNAMES.get(index));
    int given = random.nextDouble() < 0.7 ? 2 : 1;
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
