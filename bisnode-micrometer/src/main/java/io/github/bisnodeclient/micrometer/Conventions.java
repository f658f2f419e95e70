package io.github.bisnodeclient.micrometer;

import io.github.bisnodeclient.runtime.BisnodeListener.CallEvent;
import io.github.bisnodeclient.runtime.CallContext;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import java.util.Locale;

/** The names and low-cardinality keys of the observations, the same as the meters' tags. */
final class Conventions {
  private Conventions() {}

  static final ObservationConvention<CallObservationContext> CALL =
      new ObservationConvention<>() {
        @Override
        public String getName() {
          return Names.CALLS;
        }

        @Override
        public String getContextualName(CallObservationContext context) {
          CallContext call = context.call();
          return call.verb().toLowerCase(Locale.ROOT) + " " + call.path();
        }

        @Override
        public KeyValues getLowCardinalityKeyValues(CallObservationContext context) {
          CallContext call = context.call();
          CallEvent end = context.getResponse();
          return KeyValues.of(
              "api",
              call.api(),
              "method",
              call.verb(),
              "uri",
              call.path(),
              "status",
              end == null ? "NONE" : Names.status(end.status()),
              "outcome",
              end == null ? "UNKNOWN" : Names.outcome(end),
              "exception",
              end == null ? Names.NONE : Names.exception(end.failure()));
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
          return context instanceof CallObservationContext;
        }
      };

  static final ObservationConvention<TokenWaitContext> TOKEN_WAIT =
      new ObservationConvention<>() {
        @Override
        public String getName() {
          return Names.TOKEN_WAIT;
        }

        @Override
        public String getContextualName(TokenWaitContext context) {
          return "token " + context.call().scope();
        }

        @Override
        public KeyValues getLowCardinalityKeyValues(TokenWaitContext context) {
          return KeyValues.of(
              "scope", context.call().scope(),
              "outcome", Names.tokenOutcome(context.failure()),
              "error", Names.error(context.failure()));
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
          return context instanceof TokenWaitContext;
        }
      };
}
