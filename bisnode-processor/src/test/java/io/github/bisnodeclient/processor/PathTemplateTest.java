package io.github.bisnodeclient.processor;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a path template may hold; the messages are checked through javac elsewhere. */
class PathTemplateTest {

  @Test
  void listsPlaceholdersInOrder() {
    PathTemplate path = PathTemplate.parse("/markets/{market}/persons/{gedi}.json");
    assertThat(path.problem()).isNull();
    assertThat(path.placeholders()).containsExactly("market", "gedi").inOrder();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "/",
        "/person/search",
        "/markets/{market}/persons/_find",
        "/a-b_c.d~e/!$&'()*+,;=:@",
        "/caf%C3%A9/{x_1-y}",
        "/{a}{b}",
      })
  void acceptsTemplatesTheRuntimeCanSendAsIs(String template) {
    assertThat(PathTemplate.parse(template).problem()).isNull();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "", "x", "/{", "/}", "/{a", "/{}", "/{_a}", "/{a b}", "/?", "/#", "/ ", "/å", "/%", "/%g0",
        "/\"", "/<", "/[a]", "/\\"
      })
  void refusesTemplatesThatCannotBeSentAsIs(String template) {
    assertThat(PathTemplate.parse(template).problem()).isNotNull();
  }
}
