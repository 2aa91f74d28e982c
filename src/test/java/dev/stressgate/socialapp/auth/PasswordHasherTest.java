package dev.stressgate.socialapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void hashIsSaltedAndVerifies() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String first = hasher.hash("correct horse");
        String second = hasher.hash("correct horse");
        assertThat(first)
                .startsWith("pbkdf2-sha256$1000$")
                .doesNotContain("correct horse")
                .isNotEqualTo(second);
        assertThat(hasher.matches("correct horse", first)).isTrue();
        assertThat(hasher.matches("wrong horse", first)).isFalse();
        assertThat(hasher.matches("correct horse", "garbage")).isFalse();
    }

    @Test
    void storedIterationCountIsHonoured() {
        String stored = new PasswordHasher(2_000).hash("secret-pass");
        assertThat(new PasswordHasher(1_000).matches("secret-pass", stored)).isTrue();
    }
}
