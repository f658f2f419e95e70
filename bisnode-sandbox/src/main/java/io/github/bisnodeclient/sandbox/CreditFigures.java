package io.github.bisnodeclient.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The made-up credit data of a sample company: the same company always gets the same figures,
 * derived from its identifiers, so that tests and demos can rely on them.
 */
record CreditFigures(
    @Nullable Integer riskClass,
    String rating,
    @Nullable BigDecimal probabilityOfDefault,
    long creditLimit,
    int paymentRemarks,
    String currency,
    @Nullable Long shareCapital,
    int employees,
    LocalDate registrationDate,
    List<AnnualReport> annualReports,
    List<Member> management,
    List<Owner> owners,
    List<Event> events) {

  record AnnualReport(
      LocalDate startDate,
      LocalDate endDate,
      long revenue,
      long operatingProfit,
      long profitAfterFinancialItems,
      long equity,
      long totalAssets,
      int numberOfEmployees) {}

  record Member(String name, String role, LocalDate fromDate) {}

  record Owner(String name, String type, double share) {}

  record Event(LocalDate date, String type, String description) {}

  private static final String[] RATINGS = {"", "C", "B", "A", "AA", "AAA"};

  static CreditFigures of(Company company, LocalDate today) {
    Random random =
        new Random(
            company.normalizedRegistrationNumber().hashCode() * 31L
                + company.dunsNumber().hashCode());
    Integer riskClass = company.active() ? 1 + weighted(random, 5, 10, 30, 35, 20) : null;
    String rating = riskClass == null ? "-" : RATINGS[riskClass];
    BigDecimal pd =
        riskClass == null
            ? null
            : BigDecimal.valueOf(
                    switch (riskClass) {
                      case 5 -> 0.1 + random.nextDouble() * 0.3;
                      case 4 -> 0.4 + random.nextDouble() * 0.6;
                      case 3 -> 1.0 + random.nextDouble() * 1.5;
                      case 2 -> 2.5 + random.nextDouble() * 3.5;
                      default -> 6.0 + random.nextDouble() * 14.0;
                    })
                .setScale(2, RoundingMode.HALF_UP);
    String currency =
        switch (company.country()) {
          case "SE" -> "SEK";
          case "NO" -> "NOK";
          case "DK" -> "DKK";
          default -> "EUR";
        };
    long unit = currency.equals("EUR") ? 100 : 1000;
    int employees =
        switch (company.legalForm()) {
          case SOLE_PROPRIETORSHIP -> 1;
          case PARTNERSHIP -> 2 + random.nextInt(8);
          default -> 3 + random.nextInt(240);
        };
    LocalDate registered =
        LocalDate.of(company.foundedYear(), 1 + random.nextInt(12), 1 + random.nextInt(28));

    List<AnnualReport> reports = new ArrayList<>();
    long revenue = (long) employees * (800 + random.nextInt(1200)) * unit;
    for (int year = today.getYear() - 1;
        year >= today.getYear() - 3 && year > company.foundedYear();
        year--) {
      long operating = revenue * (riskClass == null ? -5 : riskClass * 3 - 4) / 100;
      long afterFinancial = operating - revenue / 100;
      long assets = revenue * (40 + random.nextInt(60)) / 100;
      long equity = assets * (riskClass == null ? 5 : 10 + riskClass * 8) / 100;
      reports.add(
          new AnnualReport(
              LocalDate.of(year, 1, 1),
              LocalDate.of(year, 12, 31),
              revenue,
              operating,
              afterFinancial,
              equity,
              assets,
              employees));
      revenue = revenue * (85 + random.nextInt(25)) / 100;
    }
    long latestRevenue =
        reports.isEmpty() ? (long) employees * 500 * unit : reports.get(0).revenue();
    long creditLimit = riskClass == null ? 0 : roundTo(latestRevenue * riskClass / 50, 10 * unit);
    int remarks =
        riskClass == null ? 0 : riskClass == 1 ? 2 + random.nextInt(4) : riskClass == 2 ? 1 : 0;
    Long shareCapital =
        company.legalForm() != Company.LegalForm.LIMITED_COMPANY
            ? null
            : switch (company.country()) {
              case "SE" -> 25_000L * (1 + random.nextInt(4));
              case "NO" -> 30_000L;
              case "DK" -> 40_000L;
              default -> 2_500L;
            };

    Names names = new Names(company.country(), random);
    List<Member> management = new ArrayList<>();
    List<Owner> owners = new ArrayList<>();
    LocalDate since = registered.plusMonths(random.nextInt(24));
    if (company.legalForm() == Company.LegalForm.SOLE_PROPRIETORSHIP) {
      String owner = ownerOfSoleProprietorship(company);
      management.add(new Member(owner, "OWNER", registered));
      owners.add(new Owner(owner, "PERSON", 100.0));
    } else {
      String chair = names.next();
      management.add(new Member(chair, "CHAIRMAN", since));
      for (int i = random.nextInt(3); i >= 0; i--) {
        management.add(new Member(names.next(), "BOARD_MEMBER", since.plusYears(i)));
      }
      management.add(new Member(names.next(), "CEO", since.plusMonths(3)));
      if (company.legalForm() == Company.LegalForm.LIMITED_COMPANY) {
        management.add(new Member(names.next(), "AUDITOR", since));
      }
      double first = 40 + random.nextInt(45);
      owners.add(new Owner(chair, "PERSON", first));
      owners.add(new Owner(names.next(), "PERSON", 100.0 - first));
    }

    List<Event> events = new ArrayList<>();
    for (AnnualReport report : reports) {
      LocalDate filed = report.endDate().plusMonths(5).withDayOfMonth(12);
      if (!filed.isAfter(today)) {
        events.add(
            new Event(
                filed,
                "ANNUAL_REPORT_FILED",
                "Annual report " + report.endDate().getYear() + " registered"));
      }
    }
    events.add(new Event(since, "BOARD_CHANGE", "New board registered"));
    if (!company.active()) {
      events.add(0, new Event(today.minusMonths(7), "DEREGISTERED", "Company deregistered"));
    }
    return new CreditFigures(
        riskClass,
        rating,
        pd,
        creditLimit,
        remarks,
        currency,
        shareCapital,
        employees,
        registered,
        reports,
        management,
        owners,
        events);
  }

  /** The sample data names each sole proprietorship after its owner. */
  private static String ownerOfSoleProprietorship(Company company) {
    String name = company.name();
    for (String suffix : List.of(" Design", " Regnskap", " Grafisk")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name.replaceFirst("^Toiminimi ", "");
  }

  private static int weighted(Random random, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static long roundTo(long value, long step) {
    return Math.max(step, value / step * step);
  }

  /** Plausible, fictional board members per country. */
  private static final class Names {
    private final String[] first;
    private final String[] last;
    private final Random random;

    Names(String country, Random random) {
      this.random = random;
      switch (country) {
        case "SE" -> {
          first = new String[] {"Anders", "Eva", "Johan", "Karin", "Per", "Lena", "Mikael", "Sara"};
          last = new String[] {"Ek", "Holm", "Sandberg", "Lund", "Forsberg", "Wikström", "Sjöberg"};
        }
        case "NO" -> {
          first = new String[] {"Ole", "Kari", "Lars", "Ingrid", "Bjørn", "Solveig", "Terje"};
          last = new String[] {"Hansen", "Johansen", "Olsen", "Larsen", "Berg", "Haugen", "Lie"};
        }
        case "DK" -> {
          first = new String[] {"Mette", "Lars", "Anne", "Henrik", "Pia", "Morten", "Rasmus"};
          last = new String[] {"Jensen", "Nielsen", "Pedersen", "Christensen", "Sørensen"};
        }
        default -> {
          first = new String[] {"Jukka", "Anna", "Timo", "Minna", "Pekka", "Sari", "Antti"};
          last = new String[] {"Virtanen", "Mäkelä", "Hämäläinen", "Laine", "Koskinen"};
        }
      }
    }

    String next() {
      return first[random.nextInt(first.length)] + " " + last[random.nextInt(last.length)];
    }
  }
}
