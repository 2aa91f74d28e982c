package dev.stressgate.report.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The status a KO message names, in the message shapes the simulations really produce. */
class ErrorCountTest {

    @Test
    void gatlingsStatusCheckNamesTheExpectedStatusesFirstAndTheAnsweredOneAfterFound() {
        ErrorCount serverError = new ErrorCount("status.find.in(200), found 500", "feed: list posts", 3);
        ErrorCount rateLimit = new ErrorCount("status.find.in([200, 209], 304), found 429", "posts: create", 2);

        assertThat(serverError.status()).isEqualTo(500);
        assertThat(serverError.isServerError()).isTrue();
        assertThat(rateLimit.status()).isEqualTo(429);
        assertThat(rateLimit.isRateLimit()).isTrue();
        assertThat(rateLimit.isServerError()).isFalse();
    }

    @Test
    void otherMessagesNameTheStatusFirstOrNotAtAll() {
        assertThat(new ErrorCount("status 503 (expected 200)", null, 1).status()).isEqualTo(503);
        assertThat(new ErrorCount("jsonPath($.id).find.exists, found nothing", null, 1).status()).isEqualTo(-1);
        assertThat(new ErrorCount("Request timeout to 127.0.0.1/127.0.0.1:8375 after 60000 ms", null, 1).isTimeout())
                .isTrue();
    }
}
