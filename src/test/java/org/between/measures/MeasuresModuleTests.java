package org.between.measures;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.between.accounts.Accounts;
import org.between.accounts.AuditLog;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.measures.Measures.ScheduleRequest;
import org.between.shared.InvalidInputException;
import org.between.shared.NotFoundException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measures against a real database; run on H2 and on PostgreSQL by the subclasses. */
@ModuleTest
abstract class MeasuresModuleTests {

	@Autowired
	Measures measures;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	@Test
	void responsesAreStoredScoredAndListedNewestFirstWithReliableChange() {
		CurrentUser client = this.people.client();
		this.measures.respond(client, "PHQ9", List.of(2, 2, 2, 2, 2, 1, 1, 0, 0));
		this.clock.advance(Duration.ofDays(14));
		var second = this.measures.respond(client, "PHQ9", List.of(1, 1, 0, 1, 0, 0, 0, 0, 0));

		assertThat(second.score()).isEqualTo(3);
		assertThat(second.severity()).isEqualTo(Severity.MINIMAL);
		var history = this.measures.history(client, "PHQ9", 100, null);
		assertThat(history).extracting(Measures.ResponseView::score).containsExactly(3, 12);
		assertThat(history.get(0).reliableChange()).isEqualTo(ReliableChange.LOWER);
	}

	@Test
	void itemNineIsAlwaysStoredAndTriggersTheSafetyScreen() {
		CurrentUser client = this.people.client();
		var recorded = this.measures.respond(client, "PHQ9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
		assertThat(recorded.safety().triggered()).isTrue();
		assertThat(recorded.safety().reasons()).containsExactly("PHQ9_ITEM_9");
		assertThat(this.jdbc.queryForObject("select risk_flagged from measures_response where id = ?", Boolean.class,
				recorded.id()))
			.isTrue();
	}

	@Test
	void badAnswersStoreNothing() {
		CurrentUser client = this.people.client();
		assertThatThrownBy(() -> this.measures.respond(client, "GAD7", List.of(0, 1, 2, 3, 4, 0, 0)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.measures.respond(client, "GAD7", List.of(0, 1)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.measures.respond(client, "PHQ2", List.of(0, 1)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from measures_response where client_id = ?", Integer.class,
				client.id()))
			.isZero();
	}

	@Test
	void aScheduleMakesAMeasureDueAndTheTherapistsReadIsAudited() {
		// Whole microseconds: the database rounds an answer's instant to them, and
		// rounded
		// up it would not be due exactly 14 days later.
		this.clock.set(this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
		CurrentUser therapist = this.people.therapist();
		CurrentUser client = this.people.sharingClientOf(therapist);
		this.measures.schedule(therapist, client.id(), new ScheduleRequest("GAD7", 14));
		assertThat(this.measures.due(client, Locale.ENGLISH)).extracting(Measures.MeasureSummary::code)
			.containsExactly("GAD7");
		this.measures.respond(client, "GAD7", List.of(1, 1, 1, 1, 1, 1, 1));
		assertThat(this.measures.due(client, Locale.ENGLISH)).isEmpty();
		this.clock.advance(Duration.ofDays(14));
		assertThat(this.measures.due(client, Locale.ENGLISH)).hasSize(1);

		var seen = this.measures.clientMeasures(therapist, client.id(), Locale.ENGLISH);
		assertThat(seen.measures()).filteredOn((m) -> m.code().equals("GAD7"))
			.singleElement()
			.satisfies((m) -> assertThat(m.responses()).hasSize(1));
		assertThat(this.audit.about(client.id(), 1).get(0).action()).isEqualTo("MEASURES_READ");

		CurrentUser stranger = this.people.therapist();
		assertThatThrownBy(() -> this.measures.clientMeasures(stranger, client.id(), Locale.ENGLISH))
			.isInstanceOf(NotFoundException.class);
	}

}
