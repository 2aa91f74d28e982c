package dev.stressgate.socialapp.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loopback rule of the admin routes (a non-loopback caller cannot be produced on loopback-only tests). */
class AdminAccessTest {

    @Test
    void loopbackAddressesArePermitted() {
        assertThat(AdminAccess.permits("127.0.0.1")).isTrue();
        assertThat(AdminAccess.permits("127.8.9.10")).isTrue();
        assertThat(AdminAccess.permits("::1")).isTrue();
        assertThat(AdminAccess.permits("[0:0:0:0:0:0:0:1]")).isTrue();
    }

    @Test
    void everythingElseIsRefused() {
        assertThat(AdminAccess.permits("10.0.0.5")).isFalse();
        assertThat(AdminAccess.permits("192.168.1.20")).isFalse();
        assertThat(AdminAccess.permits("2001:db8::1")).isFalse();
        assertThat(AdminAccess.permits("localhost")).isFalse();
        assertThat(AdminAccess.permits("")).isFalse();
        assertThat(AdminAccess.permits(null)).isFalse();
    }
}
