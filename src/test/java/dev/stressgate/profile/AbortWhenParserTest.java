package dev.stressgate.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** abort_when as one object or an array, with errors that name the file, the field and what was expected. */
class AbortWhenParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static AbortWhen parse(String json) throws Exception {
        return AbortWhenParser.parse(ProfileField.root("p.json", JSON.readTree("{\"abort_when\": " + json + "}"))
                .child("abort_when"));
    }

    @Test
    void oneObjectOrAnArrayOfConditions() throws Exception {
        assertThat(parse("{\"error_pct_above\": 20, \"for_s\": 10}").conditions())
                .containsExactly(new AbortCondition(AbortCondition.Signal.ERROR_PCT_ABOVE, 20, 10));
        assertThat(parse("[{\"p95_ms_above\": 800, \"for_s\": 10}, {\"error_pct_above\": 5.5, \"for_s\": 30}]")
                        .conditions())
                .extracting(AbortCondition::describe)
                .isEqualTo(List.of("p95 above 800 ms for 10 s", "error share above 5.5% for 30 s"));
    }

    @Test
    void badConditionsAreRejectedWithTheirLocation() {
        assertThatThrownBy(() -> parse("{\"error_pct_above\": 20}"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("p.json")
                .hasMessageContaining("abort_when.for_s");
        assertThatThrownBy(() -> parse("{\"error_pct_above\": 20, \"p95_ms_above\": 500, \"for_s\": 5}"))
                .hasMessageContaining("exactly one of error_pct_above, p95_ms_above");
        assertThatThrownBy(() -> parse("{\"error_pct_above\": 120, \"for_s\": 5}"))
                .hasMessageContaining("abort_when.error_pct_above");
        assertThatThrownBy(() -> parse("[{\"p95_ms_above\": 500, \"for_s\": 301}]"))
                .hasMessageContaining("abort_when[0].for_s")
                .hasMessageContaining("at most 300");
        assertThatThrownBy(() -> parse("{\"p99_ms_above\": 500, \"for_s\": 5}")).hasMessageContaining("p99_ms_above");
        assertThatThrownBy(() -> parse("[]")).hasMessageContaining("at least one condition");
    }
}
