package io.github.bisnodeclient.sandbox;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A person in Consumer Intelligence's JSON, as seen in responses of Bisnode's v2 API. */
final class PersonJson {
  private PersonJson() {}

  static JsonObject person(Person person) {
    JsonArray addresses = new JsonArray();
    person.addresses().forEach(a -> addresses.add(address(a)));
    JsonArray phones = new JsonArray();
    for (Person.Phone phone : person.phones()) {
      phones.add(
          Json.object()
              .put("type", phone.type())
              .put("number", phone.number())
              .put("telemarketingRestriction", phone.telemarketingRestriction())
              .put("secretPhoneNumber", phone.secretPhoneNumber())
              .build());
    }
    return Json.object()
        .put("gedi", person.gedi())
        .put("legalId", person.legalId())
        .put("protectedIdentity", false)
        .put("firstNames", Json.strings(person.firstNames()))
        .put("preferredFirstName", person.preferredFirstName())
        .put("familyName", person.familyName())
        .put("fullName", person.fullName())
        .put("gender", person.gender().name())
        .put("dateOfBirth", person.dateOfBirth().toString())
        .put("yearOfBirth", person.dateOfBirth().getYear())
        .put("deceased", person.deceased())
        .put("dateOfDeath", person.dateOfDeath() == null ? null : person.dateOfDeath().toString())
        .put("directMarketingRestriction", person.directMarketingRestriction())
        .put("addressList", addresses)
        .put("phoneList", phones)
        .build();
  }

  private static JsonObject address(Person.Address address) {
    return Json.object()
        .put("type", address.type())
        .put("careOf", address.careOf())
        .put("streetName", address.streetName())
        .put("streetNumber", address.streetNumber())
        .put("entrance", address.entrance())
        .put("apartment", address.apartment())
        .put("floor", address.floor())
        .put("postalCode", address.postalCode())
        .put("city", address.city())
        .put("country", address.country())
        .put("formattedAddress", Json.strings(formatted(address)))
        .build();
  }

  /** The address as printed on an envelope, one line per entry, as Bisnode formats it. */
  static List<String> formatted(Person.Address address) {
    List<String> lines = new ArrayList<>();
    if (address.careOf() != null) {
      lines.add(address.careOf());
    }
    StringBuilder street =
        new StringBuilder(address.streetName()).append(' ').append(address.streetNumber());
    if (address.entrance() != null) {
      street.append(' ').append(address.entrance());
    }
    if (address.apartment() != null) {
      street.append(address.country().equals("SE") ? " lgh " : " as. ").append(address.apartment());
    }
    lines.add(street.toString());
    lines.add(displayPostalCode(address) + " " + address.city());
    return lines;
  }

  /** Sweden writes {@code 111 20}; the others their code as is. */
  private static String displayPostalCode(Person.Address address) {
    String code = address.postalCode();
    return address.country().equals("SE") && code.length() == 5
        ? code.substring(0, 3) + " " + code.substring(3)
        : code;
  }
}
