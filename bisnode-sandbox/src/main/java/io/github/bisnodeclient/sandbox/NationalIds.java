package io.github.bisnodeclient.sandbox;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Format and check-digit rules of the Nordic personal and company identifiers. The sample data
 * obeys them, and the APIs refuse a {@code legalId} or {@code registrationNumber} that breaks them,
 * as Bisnode does.
 */
final class NationalIds {
  private static final String FINNISH_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  private NationalIds() {}

  /** Drops spaces and hyphens and upper-cases: {@code 556485-5582} becomes {@code 5564855582}. */
  static String normalize(String id) {
    return id.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  static boolean isValidPersonId(String country, String id) {
    return switch (country) {
      case "SE" -> isSwedishPersonnummer(id);
      case "NO" -> isNorwegianFodselsnummer(id);
      case "DK" -> isDanishCpr(id);
      case "FI" -> isFinnishHenkilotunnus(id);
      default -> false;
    };
  }

  static boolean isValidCompanyId(String country, String id) {
    return switch (country) {
      case "SE" -> isSwedishOrganisationsnummer(id) || isSwedishPersonnummer(id);
      case "NO" -> isNorwegianOrganisasjonsnummer(id);
      case "DK" -> isDanishCvr(id);
      case "FI" -> isFinnishYTunnus(id);
      default -> false;
    };
  }

  /**
   * Swedish personnummer: {@code YYYYMMDDNNNC} (12 digits) or {@code YYMMDD-NNNC}; a real date (day
   * + 60 for a samordningsnummer) and a Luhn check digit over the last ten digits.
   */
  static boolean isSwedishPersonnummer(String id) {
    String digits = id.replaceFirst("^(\\d{6,8})[-+](\\d{4})$", "$1$2");
    if (!digits.matches("\\d{10}|\\d{12}")) {
      return false;
    }
    String ten = digits.substring(digits.length() - 10);
    int day = Integer.parseInt(ten.substring(4, 6));
    int year =
        digits.length() == 12
            ? Integer.parseInt(digits.substring(0, 4))
            : 2000 + Integer.parseInt(ten.substring(0, 2));
    if (!isDate(year, Integer.parseInt(ten.substring(2, 4)), day > 60 ? day - 60 : day)) {
      return false;
    }
    return luhn(ten);
  }

  /** Swedish organisationsnummer: 10 digits ({@code NNNNNN-NNNN}), third digit at least 2, Luhn. */
  static boolean isSwedishOrganisationsnummer(String id) {
    String digits = id.replaceFirst("^(\\d{6})-(\\d{4})$", "$1$2");
    return digits.matches("\\d{10}") && digits.charAt(2) >= '2' && luhn(digits);
  }

  /** Norwegian fødselsnummer: {@code DDMMYYIIIKK}, both mod-11 check digits (D-numbers too). */
  static boolean isNorwegianFodselsnummer(String id) {
    if (!id.matches("\\d{11}")) {
      return false;
    }
    int day = Integer.parseInt(id.substring(0, 2));
    int month = Integer.parseInt(id.substring(2, 4));
    int yy = Integer.parseInt(id.substring(4, 6));
    int individual = Integer.parseInt(id.substring(6, 9));
    int year;
    if (individual < 500) {
      year = 1900 + yy;
    } else if (individual < 750 && yy >= 54) {
      year = 1800 + yy;
    } else if (individual >= 900 && yy >= 40) {
      year = 1900 + yy;
    } else if (yy < 40) {
      year = 2000 + yy;
    } else {
      return false;
    }
    if (!isDate(year, month, day > 40 ? day - 40 : day)) {
      return false;
    }
    int k1 = mod11(id.substring(0, 9), new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2});
    int k2 = mod11(id.substring(0, 10), new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2});
    return k1 == digit(id, 9) && k2 == digit(id, 10);
  }

  /** Norwegian organisasjonsnummer: 9 digits starting with 8 or 9, mod-11 check digit. */
  static boolean isNorwegianOrganisasjonsnummer(String id) {
    return id.matches("[89]\\d{8}")
        && mod11(id.substring(0, 8), new int[] {3, 2, 7, 6, 5, 4, 3, 2}) == digit(id, 8);
  }

  /**
   * Danish CPR: {@code DDMMYY-NNNN}, a real date, and the weighted sum (4 3 2 7 6 5 4 3 2 1)
   * divisible by 11, the check every CPR number issued before 2007 passes.
   */
  static boolean isDanishCpr(String id) {
    String digits = id.replaceFirst("^(\\d{6})-(\\d{4})$", "$1$2");
    if (!digits.matches("\\d{10}")) {
      return false;
    }
    int yy = Integer.parseInt(digits.substring(4, 6));
    int seventh = digit(digits, 6);
    int century =
        seventh <= 3
            ? 1900
            : seventh == 4 || seventh == 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
    if (!isDate(
        century + yy,
        Integer.parseInt(digits.substring(2, 4)),
        Integer.parseInt(digits.substring(0, 2)))) {
      return false;
    }
    return weightedSum(digits, new int[] {4, 3, 2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0;
  }

  /** Danish CVR: 8 digits, weighted sum (2 7 6 5 4 3 2 1) divisible by 11. */
  static boolean isDanishCvr(String id) {
    return id.matches("[1-9]\\d{7}")
        && weightedSum(id, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0;
  }

  /**
   * Finnish henkilötunnus: {@code DDMMYYCZZZQ} with century sign C ({@code +} 1800s, {@code -} or Y
   * X W V U 1900s, A B C D E F 2000s), individual number 002-899, and check character Q = {@code
   * DDMMYYZZZ mod 31} in {@code 0123456789ABCDEFHJKLMNPRSTUVWXY}.
   */
  static boolean isFinnishHenkilotunnus(String id) {
    if (!id.matches("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]")) {
      return false;
    }
    char sign = id.charAt(6);
    int century = sign == '+' ? 1800 : "-YXWVU".indexOf(sign) >= 0 ? 1900 : 2000;
    if (!isDate(
        century + Integer.parseInt(id.substring(4, 6)),
        Integer.parseInt(id.substring(2, 4)),
        Integer.parseInt(id.substring(0, 2)))) {
      return false;
    }
    int individual = Integer.parseInt(id.substring(7, 10));
    if (individual < 2) {
      return false;
    }
    long number = Long.parseLong(id.substring(0, 6) + id.substring(7, 10));
    return FINNISH_CHECK_CHARS.charAt((int) (number % 31)) == id.charAt(10);
  }

  /** Finnish Y-tunnus: {@code NNNNNNN-C}, weights 7 9 10 5 8 4 2, C = 11 - sum mod 11 (0 if 0). */
  static boolean isFinnishYTunnus(String id) {
    if (!id.matches("\\d{7}-\\d")) {
      return false;
    }
    int remainder = weightedSum(id.substring(0, 7), new int[] {7, 9, 10, 5, 8, 4, 2}) % 11;
    if (remainder == 1) {
      return false;
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return check == digit(id, 8);
  }

  /** Luhn (mod 10) over every digit, the last being the check digit. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digit(digits, digits.length() - 1 - i);
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  /** 11 - (weighted sum mod 11), where 11 means 0 and 10 means no valid check digit (-1). */
  private static int mod11(String digits, int[] weights) {
    int check = 11 - weightedSum(digits, weights) % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  private static int weightedSum(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += digit(digits, i) * weights[i];
    }
    return sum;
  }

  private static int digit(String s, int index) {
    return s.charAt(index) - '0';
  }

  private static boolean isDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
