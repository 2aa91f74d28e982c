package dev.stressgate.report.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The status a KO message names, in the message shapes Gatling 3.15 and the simulations produce. */
class ErrorCountTest {

    private static ErrorCount ko(String message) {
        return new ErrorCount(message, "feed: list posts", 1);
    }

    @Test
    void gatlingsStatusCheckNamesTheExpectedStatusesFirstAndTheAnsweredOneAfterFound() {
        assertThat(ko("status.find.in(200), found 500").status()).isEqualTo(500);
        assertThat(ko("status.find.in(200), found 500").isServerError()).isTrue();
        assertThat(ko("status.find.in([200, 209], 304), found 503").isServerError())
                .isTrue();
        assertThat(ko("status.find.in(200,201), but actually found 429").isRateLimit())
                .isTrue();
        assertThat(ko("status.find.in(201), found 404").status()).isEqualTo(404);
    }

    @Test
    void otherMessagesNameTheStatusFirst() {
        assertThat(ko("status 429 (expected 200)").isRateLimit()).isTrue();
        assertThat(ko("status 502 (expected 201)").isServerError()).isTrue();
        assertThat(ko("jsonPath($.id).find.exists, found nothing").status()).isEqualTo(-1);
        ErrorCount timeout = ko("Request timeout to 127.0.0.1/127.0.0.1:8375 after 60000 ms");
        assertThat(timeout.isTimeout()).isTrue();
        assertThat(timeout.isServerError() || timeout.isRateLimit()).isFalse();
        assertThat(timeout.status()).as("127.0.0.1 is an address, not a status").isEqualTo(-1);
        assertThat(ko("Connection refused: 10.250.1.1/10.250.1.1:8375").status())
                .isEqualTo(-1);
    }
}
