package io.github.bisnodeclient.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.bisnodeclient.examples.company.CompanySearchResult;
import io.github.bisnodeclient.examples.company.Paging;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyTablesTest {

  @Test
  void thePagingLineSaysWhichHitsArePrintedAndHowToGetTheNextPage() {
    assertEquals(
        "showing 1–20 of 57; next page: --offset 20",
        CompanyTables.pagingLine(new Paging(57, 20, 0), 20));
    assertEquals("showing 41–57 of 57", CompanyTables.pagingLine(new Paging(57, 20, 40), 17));
  }

  @Test
  void anEmptyPageSaysWhy() {
    assertEquals(
        "No company found.\n",
        CompanyTables.companies(new CompanySearchResult(List.of(), new Paging(0, 20, 0))));
    assertEquals(
        "showing none of 57 (offset 100, limit 20)\n",
        CompanyTables.companies(new CompanySearchResult(List.of(), new Paging(57, 20, 100))));
    assertEquals(
        "57 companies match (limit 0 only counts)\n",
        CompanyTables.companies(new CompanySearchResult(List.of(), new Paging(57, 0, 0))));
  }
}
