package io.github.bisnodeclient.sandbox;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonDeserializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sandbox's fictional people and companies in Sweden, Norway, Denmark and Finland, read once
 * from {@code sample-data.json} beside this class. Names and numbers are made up; every identifier
 * has a valid format and check digit (see {@link NationalIds}). Phone numbers in Sweden are from
 * the range PTS keeps for fiction.
 *
 * <p>The demo's person, Sven Svensson of Vasagatan 9, 111 20 Stockholm, is the first entry; a
 * second Sven Svensson lives in Göteborg, so a search by name alone finds two.
 *
 * <p>In the file each person and company names every field of {@link Person} and {@link Company} by
 * its record component's name; only the optional ones ({@code dateOfDeath}, {@code careOf}, {@code
 * entrance}, {@code apartment}, {@code floor}) may be left out. Dates are ISO-8601 text.
 */
final class SampleData {
  static final String RESOURCE = "sample-data.json";

  private static final Tables TABLES = read(RESOURCE);

  static final List<Person> PERSONS = TABLES.persons();
  static final List<Company> COMPANIES = TABLES.companies();

  /** The file's shape: {@code {"persons": [...], "companies": [...]}}. */
  record Tables(List<Person> persons, List<Company> companies) {}

  private SampleData() {}

  /**
   * Reads the tables from a resource beside this class.
   *
   * @throws IllegalStateException if the resource is missing, is not the tables, or lacks a table
   */
  static Tables read(String resource) {
    InputStream in = SampleData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "The sandbox's sample data is missing: no resource "
              + resource
              + " beside "
              + SampleData.class.getName()
              + " on the classpath");
    }
    Gson gson =
        new GsonBuilder()
            .registerTypeAdapter(
                LocalDate.class,
                (JsonDeserializer<LocalDate>)
                    (json, type, context) -> LocalDate.parse(json.getAsString()))
            .create();
    @Nullable Tables tables;
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      tables = gson.fromJson(reader, Tables.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the sandbox's sample data " + resource, e);
    } catch (RuntimeException e) {
      // malformed JSON, a date that does not parse, a record that refuses its values
      throw new IllegalStateException("The sandbox's sample data " + resource + " is invalid", e);
    }
    // Gson leaves a table the file lacks null, whatever the record declares
    if (tables == null || tables.persons() == null || tables.companies() == null) {
      throw new IllegalStateException(
          "The sandbox's sample data " + resource + " lacks \"persons\" or \"companies\"");
    }
    return new Tables(List.copyOf(tables.persons()), List.copyOf(tables.companies()));
  }
}
