package io.github.bisnodeclient.examples.boot;

import io.github.bisnodeclient.runtime.BisnodeApiException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /companies/{country}?name=...}: Bisnode's company search, through the interface. */
@RestController
class CompanyController {
  private final CompanySearchApi companies;

  CompanyController(CompanySearchApi companies) {
    this.companies = companies;
  }

  @GetMapping("/companies/{country}")
  List<CompanySearchApi.Company> search(
      @PathVariable String country, @RequestParam(required = false) String name) {
    return companies
        .search(new CompanySearchApi.Request(country.toUpperCase(Locale.ROOT), name))
        .companies();
  }

  /** Bisnode refused the search: its status and message (a 400 for a missing name, say). */
  @ExceptionHandler(BisnodeApiException.class)
  ResponseEntity<Map<String, Object>> refused(BisnodeApiException e) {
    HttpStatus status = HttpStatus.resolve(e.status());
    return ResponseEntity.status(
            status != null && status.is4xxClientError() ? status : HttpStatus.BAD_GATEWAY)
        .body(Map.of("bisnodeStatus", e.status(), "message", String.valueOf(e.getMessage())));
  }
}
