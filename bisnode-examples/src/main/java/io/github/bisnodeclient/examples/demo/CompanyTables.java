package io.github.bisnodeclient.examples.demo;

import static io.github.bisnodeclient.examples.demo.Output.orEmpty;

import io.github.bisnodeclient.examples.company.Company;
import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.Paging;
import java.util.ArrayList;
import java.util.List;

/** A page of companies as a table, and where the page sits in all the hits. */
final class CompanyTables {
  private CompanyTables() {}

  static String companies(CompanySearchResult result) {
    Paging paging = result.paging();
    if (paging.resultCount() == 0) {
      return "No company found.\n";
    }
    if (result.companies().isEmpty() && paging.limit() == 0) {
      int count = paging.resultCount();
      return count
          + (count == 1 ? " company matches" : " companies match")
          + " (limit 0 only counts)\n";
    }
    if (result.companies().isEmpty()) {
      return "showing none of "
          + paging.resultCount()
          + " (offset "
          + paging.offset()
          + ", limit "
          + paging.limit()
          + ")\n";
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"NAME", "REG. NUMBER", "D-U-N-S", "LEGAL FORM", "TOWN", "STATUS"});
    for (Company c : result.companies()) {
      rows.add(
          new String[] {
            orEmpty(c.name()),
            orEmpty(c.registrationNumber()),
            orEmpty(c.dunsNumber()),
            orEmpty(c.legalForm()),
            c.address() == null ? "" : orEmpty(c.address().town()),
            status(c.active(), c.headQuarter())
          });
    }
    return Output.table(rows) + pagingLine(paging, result.companies().size()) + "\n";
  }

  /** Such as {@code showing 1–20 of 57; next page: --offset 20}. */
  static String pagingLine(Paging paging, int shown) {
    String line =
        "showing "
            + (paging.offset() + 1)
            + "–"
            + (paging.offset() + shown)
            + " of "
            + paging.resultCount();
    return paging.hasNext() ? line + "; next page: --offset " + paging.nextOffset() : line;
  }

  static String status(Boolean active, Boolean headQuarter) {
    String activity = Boolean.FALSE.equals(active) ? "inactive" : "active";
    return Boolean.FALSE.equals(headQuarter) ? activity + ", branch" : activity;
  }
}
