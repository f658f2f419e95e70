package io.github.bisnodeclient.spring.boot.tests;

import io.github.bisnodeclient.spring.boot.tests.api.CompanyLookupApi;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application as users write one: the generated {@link CompanyLookupApi} injected into a
 * controller, with no annotation or configuration for it.
 */
@SpringBootApplication
public class LookupApplication {

  @RestController
  static class CompanyController {
    private final CompanyLookupApi companies;

    CompanyController(CompanyLookupApi companies) {
      this.companies = companies;
    }

    @GetMapping("/companies")
    List<String> names(@RequestParam String name) {
      return companies.search(new CompanyLookupApi.Query("SE", name)).companies().stream()
          .map(CompanyLookupApi.Company::name)
          .toList();
    }
  }
}
