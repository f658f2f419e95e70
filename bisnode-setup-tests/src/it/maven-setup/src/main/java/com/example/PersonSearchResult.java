package com.example;

import java.util.List;

public record PersonSearchResult(List<Hit> persons) {
  public record Hit(Person person) {}
}
