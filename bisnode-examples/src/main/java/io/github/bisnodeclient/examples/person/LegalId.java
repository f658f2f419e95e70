package io.github.bisnodeclient.examples.person;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * A national id. Bisnode's Consumer Intelligence v2 sends it as a plain string ({@code
 * "191212121212"}); later versions send an object ({@code {"value": "...", "type": "...",
 * "country": "SE"}}). Both read into this type.
 *
 * @param value the id itself
 * @param type the kind of id, when Bisnode says, such as {@code PERSONAL_IDENTITY_NUMBER}
 * @param country the issuing country, when Bisnode says
 */
@JsonAdapter(LegalId.Adapter.class)
public record LegalId(String value, String type, String country) {

  @Override
  public String toString() {
    return value;
  }

  /** Reads a string or an object; writes a string when only the value is known. */
  static final class Adapter extends TypeAdapter<LegalId> {
    @Override
    public void write(JsonWriter out, LegalId id) throws IOException {
      if (id == null) {
        out.nullValue();
      } else if (id.type() == null && id.country() == null) {
        out.value(id.value());
      } else {
        out.beginObject();
        out.name("value").value(id.value());
        out.name("type").value(id.type());
        out.name("country").value(id.country());
        out.endObject();
      }
    }

    @Override
    public LegalId read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token != JsonToken.BEGIN_OBJECT) {
        return new LegalId(in.nextString(), null, null);
      }
      JsonObject json = JsonParser.parseReader(in).getAsJsonObject();
      return new LegalId(
          first(json, "value", "id", "legalId", "number"),
          first(json, "type", "idType"),
          first(json, "country", "countryCode"));
    }

    private static String first(JsonObject json, String... names) {
      for (String name : names) {
        JsonElement element = json.get(name);
        if (element != null && element.isJsonPrimitive()) {
          return element.getAsString();
        }
      }
      return null;
    }
  }
}
