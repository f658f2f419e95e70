package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Credit data companies v2 credit report, {@code POST /companies/{se|no|dk|fi}}: JSON by default, a
 * PDF with {@code Accept: application/pdf}.
 */
final class CreditReports {
  static final String BASE_PATH = "/credit-data-companies/v2";
  static final List<String> COUNTRIES = List.of("se", "no", "dk", "fi");
  static final List<String> LANGUAGES = List.of("SV", "EN", "NO", "DA", "FI");
  private static final String OBJECT = "RequestModel";

  enum Segment {
    RISK,
    FINANCE,
    MANAGEMENT,
    OWNERSHIP,
    EVENTS,
    COMPANY_INFORMATION
  }

  /** {@code ratingDescription} per language, for ratings AAA..C and "-" (none). */
  static final Map<String, Map<String, String>> RATING_TEXT =
      Map.of(
          "EN",
          Map.of(
              "AAA", "Highest creditworthiness",
              "AA", "Good creditworthiness",
              "A", "Creditworthy",
              "B", "Credit against security",
              "C", "Credit not advised",
              "-", "No rating: the company is not active"),
          "SV",
          Map.of(
              "AAA", "Högsta kreditvärdighet",
              "AA", "God kreditvärdighet",
              "A", "Kreditvärdig",
              "B", "Kredit mot säkerhet",
              "C", "Kredit avrådes",
              "-", "Rating saknas: företaget är inte aktivt"),
          "NO",
          Map.of(
              "AAA", "Høyeste kredittverdighet",
              "AA", "God kredittverdighet",
              "A", "Kredittverdig",
              "B", "Kreditt mot sikkerhet",
              "C", "Kreditt frarådes",
              "-", "Ingen rating: selskapet er ikke aktivt"),
          "DA",
          Map.of(
              "AAA", "Højeste kreditværdighed",
              "AA", "God kreditværdighed",
              "A", "Kreditværdig",
              "B", "Kredit mod sikkerhed",
              "C", "Kredit frarådes",
              "-", "Ingen rating: virksomheden er ikke aktiv"),
          "FI",
          Map.of(
              "AAA", "Korkein luottokelpoisuus",
              "AA", "Hyvä luottokelpoisuus",
              "A", "Luottokelpoinen",
              "B", "Luotto vakuuksia vastaan",
              "C", "Luottoa ei suositella",
              "-", "Ei luokitusta: yritys ei ole toiminnassa"));

  private final List<Company> companies;
  private final SandboxClock clock;

  CreditReports(List<Company> companies, SandboxClock clock) {
    this.companies = List.copyOf(companies);
    this.clock = clock;
  }

  SandboxResponse report(SandboxRequest request) {
    String country = request.pathParam("country");
    if (!COUNTRIES.contains(country)) {
      throw new ApiError(
          404, "No endpoint POST /companies/" + country + "; countries: se, no, dk, fi");
    }
    String upper = country.toUpperCase(Locale.ROOT);
    boolean pdf = wantsPdf(request.header("Accept"));
    JsonObject body = request.jsonBody();
    Validation validation = new Validation(OBJECT);
    String registrationNumber =
        PersonCriteria.blankToNull(JsonFields.string(body, "registrationNumber", validation, ""));
    if (registrationNumber == null) {
      validation.reject("registrationNumber", (String) null, "must not be null");
    } else if (!NationalIds.isValidCompanyId(upper, registrationNumber.trim())) {
      validation.reject(
          "registrationNumber",
          registrationNumber,
          "is not a valid registration number in " + upper);
    }
    String language = JsonFields.string(body, "language", validation, "");
    if (language == null) {
      language = "EN";
    } else if (!LANGUAGES.contains(language)) {
      validation.reject("language", language, "must be one of " + String.join(", ", LANGUAGES));
    }
    Set<Segment> segments = segments(body.get("segments"), upper, validation);
    String reference = JsonFields.string(body, "reference", validation, "");
    String onBehalfOf = JsonFields.string(body, "onBehalfOf", validation, "");
    validation.throwIfInvalid();

    String wanted = NationalIds.normalize(registrationNumber);
    Company company =
        find(upper, wanted)
            .orElseThrow(
                () ->
                    new ApiError(404, "Company not found: " + registrationNumber + " in " + upper));
    if (company.legallyBlocked()) {
      throw new ApiError(
          451, "The company exists, but its data can not be delivered for legal reasons");
    }
    LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
    CreditFigures figures = CreditFigures.of(company, today);
    String ratingText = RATING_TEXT.get(language).get(figures.rating());
    if (pdf) {
      byte[] document = PdfReport.render(company, figures, ratingText, reference, today);
      return new SandboxResponse(
          200,
          Map.of(
              "Content-Type",
              "application/pdf",
              "Content-Disposition",
              "inline; filename=\"credit-report-"
                  + company.normalizedRegistrationNumber()
                  + ".pdf\""),
          document);
    }
    return SandboxResponse.json(
        200, json(company, figures, segments, language, ratingText, reference, onBehalfOf, today));
  }

  /** The headquarter wins over a branch with the same number. */
  private Optional<Company> find(String country, String registrationNumber) {
    return companies.stream()
        .filter(c -> c.country().equals(country))
        .filter(c -> c.normalizedRegistrationNumber().equals(registrationNumber))
        .min((a, b) -> Boolean.compare(b.headQuarter(), a.headQuarter()));
  }

  private static Set<Segment> segments(
      @Nullable JsonElement element, String country, Validation validation) {
    boolean noEvents = country.equals("DK") || country.equals("FI");
    Set<Segment> segments = EnumSet.noneOf(Segment.class);
    if (element == null || element.isJsonNull()) {
      segments.addAll(EnumSet.allOf(Segment.class));
    } else if (!element.isJsonArray()) {
      validation.reject("segments", element, "must be a list of segments");
    } else {
      JsonArray array = element.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        JsonElement item = array.get(i);
        Segment segment = null;
        if (item.isJsonPrimitive()) {
          try {
            segment = Segment.valueOf(item.getAsString());
          } catch (IllegalArgumentException e) {
            // reported below
          }
        }
        if (segment == null) {
          validation.reject(
              "segments[" + i + "]",
              item,
              "must be one of RISK, FINANCE, MANAGEMENT, OWNERSHIP, EVENTS, COMPANY_INFORMATION");
        } else if (segment == Segment.EVENTS && noEvents) {
          validation.reject("segments[" + i + "]", item, "EVENTS is not available for " + country);
        } else {
          segments.add(segment);
        }
      }
      if (array.isEmpty()) {
        segments.addAll(EnumSet.allOf(Segment.class));
      }
    }
    if (noEvents) {
      segments.remove(Segment.EVENTS);
    }
    segments.add(Segment.COMPANY_INFORMATION);
    return segments;
  }

  private static JsonObject json(
      Company company,
      CreditFigures f,
      Set<Segment> segments,
      String language,
      String ratingText,
      @Nullable String reference,
      @Nullable String onBehalfOf,
      LocalDate today) {
    Json report =
        Json.object()
            .put("reportDate", today.toString())
            .put("language", language)
            .put("reference", reference)
            .put("onBehalfOf", onBehalfOf);
    report.put(
        "companyInformation",
        Json.object()
            .put("name", company.name())
            .put("registrationNumber", company.registrationNumber())
            .put("dunsNumber", company.dunsNumber())
            .put("country", company.country())
            .put("legalForm", company.legalForm().name())
            .put("active", company.active())
            .put("headQuarter", company.headQuarter())
            .put("registrationDate", date(f.registrationDate()))
            .put("address", CompanySearch.address(company))
            .put(
                "industry",
                Json.object()
                    .put("code", company.industryCode())
                    .put("description", company.industry()))
            .put("numberOfEmployees", f.employees())
            .put("shareCapital", f.shareCapital() == null ? null : money(f.shareCapital(), f)));
    if (segments.contains(Segment.RISK)) {
      report.put(
          "risk",
          Json.object()
              .put("riskClass", f.riskClass())
              .put("rating", f.rating())
              .put("ratingDescription", ratingText)
              .put("probabilityOfDefault", f.probabilityOfDefault())
              .put("creditLimit", money(f.creditLimit(), f))
              .put("paymentRemarks", f.paymentRemarks()));
    }
    if (segments.contains(Segment.FINANCE)) {
      JsonArray reports = new JsonArray();
      for (CreditFigures.AnnualReport r : f.annualReports()) {
        reports.add(
            Json.object()
                .put("startDate", date(r.startDate()))
                .put("endDate", date(r.endDate()))
                .put("revenue", r.revenue())
                .put("operatingProfit", r.operatingProfit())
                .put("profitAfterFinancialItems", r.profitAfterFinancialItems())
                .put("equity", r.equity())
                .put("totalAssets", r.totalAssets())
                .put("numberOfEmployees", r.numberOfEmployees())
                .build());
      }
      report.put(
          "finance", Json.object().put("currency", f.currency()).put("annualReports", reports));
    }
    if (segments.contains(Segment.MANAGEMENT)) {
      JsonArray members = new JsonArray();
      for (CreditFigures.Member m : f.management()) {
        members.add(
            Json.object()
                .put("name", m.name())
                .put("role", m.role())
                .put("fromDate", date(m.fromDate()))
                .build());
      }
      report.put("management", Json.object().put("members", members));
    }
    if (segments.contains(Segment.OWNERSHIP)) {
      JsonArray owners = new JsonArray();
      for (CreditFigures.Owner o : f.owners()) {
        owners.add(
            Json.object()
                .put("name", o.name())
                .put("type", o.type())
                .put("ownershipPercentage", o.share())
                .build());
      }
      report.put("ownership", Json.object().put("owners", owners));
    }
    if (segments.contains(Segment.EVENTS)) {
      JsonArray events = new JsonArray();
      for (CreditFigures.Event e : f.events()) {
        events.add(
            Json.object()
                .put("date", date(e.date()))
                .put("type", e.type())
                .put("description", e.description())
                .build());
      }
      report.put("events", events);
    }
    return report.build();
  }

  /** Bisnode's {@code DateModel}: {@code {"year": 2012, "month": 1, "day": 23}}. */
  static Json date(LocalDate date) {
    return Json.object()
        .put("year", date.getYear())
        .put("month", date.getMonthValue())
        .put("day", date.getDayOfMonth());
  }

  private static Json money(long amount, CreditFigures f) {
    return Json.object().put("amount", amount).put("currency", f.currency());
  }

  /**
   * Content negotiation between {@code application/json} and {@code application/pdf}: the higher q
   * wins, then the more specific range; JSON when nothing is said. Neither acceptable is 406.
   */
  static boolean wantsPdf(@Nullable String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    double[] json = quality(accept, "application", "json");
    double[] pdf = quality(accept, "application", "pdf");
    if (json[0] <= 0 && pdf[0] <= 0) {
      throw new ApiError(
          406, "Acceptable representations: application/json, application/pdf; got " + accept);
    }
    if (pdf[0] != json[0]) {
      return pdf[0] > json[0];
    }
    return pdf[1] > json[1];
  }

  /** {q, specificity} of the most specific range of {@code accept} that matches the type. */
  private static double[] quality(String accept, String type, String subtype) {
    double q = 0;
    int best = -1;
    for (String range : accept.split(",", -1)) {
      String[] parts = range.trim().split(";", -1);
      String[] media = parts[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
      if (media.length != 2) {
        continue;
      }
      int specificity;
      if (media[0].equals(type) && media[1].equals(subtype)) {
        specificity = 2;
      } else if (media[0].equals(type) && media[1].equals("*")) {
        specificity = 1;
      } else if (media[0].equals("*") && media[1].equals("*")) {
        specificity = 0;
      } else {
        continue;
      }
      double rangeQ = 1;
      for (int i = 1; i < parts.length; i++) {
        String param = parts[i].trim();
        if (param.startsWith("q=")) {
          try {
            rangeQ = Double.parseDouble(param.substring(2));
          } catch (NumberFormatException e) {
            rangeQ = 0;
          }
        }
      }
      if (specificity > best) {
        best = specificity;
        q = rangeQ;
      }
    }
    return new double[] {q, best};
  }
}
