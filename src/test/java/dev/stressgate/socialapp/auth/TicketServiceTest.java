package dev.stressgate.socialapp.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

    @Test
    void ticketsAreSingleUseAndBoundToTheirUser() {
        TicketService tickets = new TicketService(Duration.ofSeconds(30));
        TicketService.Ticket ticket = tickets.issue(42);
        assertThat(ticket.ttlSeconds()).isEqualTo(30);
        assertThat(tickets.redeem(ticket.ticket())).contains(42L);
        assertThat(tickets.redeem(ticket.ticket())).isEmpty();
        assertThat(tickets.redeem("forged")).isEmpty();
        assertThat(tickets.redeem(null)).isEmpty();
    }
}
