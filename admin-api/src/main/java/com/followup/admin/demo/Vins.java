package com.followup.admin.demo;

/** Vehicle identification numbers as GB 16735 (ISO 3779) writes them, check digit included. */
final class Vins {

  /** VIN characters: digits and letters but I, O and Q. */
  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  private static final String YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"; // 2010 = A

  private Vins() {}

  /**
   * @param wmi the maker's three characters (LSV, LGX …)
   * @param descriptor five characters of the vehicle descriptor
   * @param modelYear 2010 to 2039
   * @param plant one character
   * @param serial 0 to 999 999
   */
  static String of(String wmi, String descriptor, int modelYear, char plant, int serial) {
    String draft =
        wmi
            + descriptor
            + "0"
            + YEARS.charAt(modelYear - 2010)
            + plant
            + String.format("%06d", serial);
    if (draft.length() != 17) {
      throw new IllegalArgumentException("a VIN has 17 characters: " + draft);
    }
    return draft.substring(0, 8) + checkDigit(draft) + draft.substring(9);
  }

  static char checkDigit(String vin) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(vin.charAt(i)) * WEIGHTS[i];
    }
    int check = sum % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  private static int value(char c) {
    if (Character.isDigit(c)) {
      return c - '0';
    }
    // ISO 3779 transliteration: A-H 1-8, J-R 1-9 (no O, Q), S-Z 2-9 (no I)
    String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
    int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
    int at = letters.indexOf(c);
    if (at < 0) {
      throw new IllegalArgumentException("not a VIN character: " + c);
    }
    return values[at];
  }
}
