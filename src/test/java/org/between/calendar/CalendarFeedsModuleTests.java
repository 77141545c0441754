package org.between.calendar;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Uid;

import org.between.absences.Absence;
import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.accounts.Accounts;
import org.between.accounts.Accounts.NewAccount;
import org.between.accounts.ClientLinks;
import org.between.accounts.ClientLinks.ColleagueRequest;
import org.between.accounts.ClientLinks.InvitationRequest;
import org.between.accounts.CurrentUser;
import org.between.accounts.Role;
import org.between.shared.ForbiddenException;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendar feeds against a real database (the migration, the nullable unique token, time
 * away as announced); run on H2 and on PostgreSQL by the subclasses.
 */
@ModuleTest
abstract class CalendarFeedsModuleTests {

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Absences absences;

	@Autowired
	MutableClock clock;

	ModulePeople people;

	@BeforeEach
	void setUp() {
		this.clock.set(Instant.parse("2027-03-15T09:00:00Z"));
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
	}

	static String token(String url) {
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	@Test
	void aLinkIsMadeOnceReplacedAndStoppedAndManyStoppedFeedsCanCoexist() {
		CurrentUser one = this.people.client();
		CurrentUser two = this.people.client();
		assertThat(this.feeds.existingFeedUrl(one)).isEmpty();
		String url = this.feeds.feedUrl(one);
		assertThat(this.feeds.feedUrl(one)).isEqualTo(url);
		assertThat(this.feeds.existingFeedUrl(one)).contains(url);
		assertThat(this.feeds.document(token(url))).isPresent();

		String renewed = this.feeds.newFeedUrl(one);
		assertThat(this.feeds.document(token(url))).isEmpty();
		assertThat(this.feeds.document(token(renewed))).isPresent();

		this.feeds.feedUrl(two);
		this.feeds.stop(one);
		this.feeds.stop(two);
		this.feeds.stop(two);
		assertThat(this.feeds.existingFeedUrl(one)).isEmpty();
		assertThat(this.feeds.existingFeedUrl(two)).isEmpty();
		assertThat(this.feeds.document(token(renewed))).isEmpty();
	}

	@Test
	void theClientNameChoiceIsTheTherapistsAndSurvivesANewLink() {
		CurrentUser therapist = this.people.therapist();
		assertThat(this.feeds.showsClientNames(therapist)).isFalse();
		this.feeds.showClientNames(therapist, true);
		this.feeds.feedUrl(therapist);
		this.feeds.stop(therapist);
		this.feeds.newFeedUrl(therapist);
		assertThat(this.feeds.showsClientNames(therapist)).isTrue();

		CurrentUser client = this.people.client();
		assertThatThrownBy(() -> this.feeds.showClientNames(client, true)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.feeds.showsClientNames(client)).isInstanceOf(ForbiddenException.class);
	}

	@Test
	void malformedTokensNeverReachTheDatabase() {
		assertThat(this.feeds.document(null)).isEmpty();
		assertThat(this.feeds.document("")).isEmpty();
		assertThat(this.feeds.document("' or 1=1 --")).isEmpty();
		assertThat(this.feeds.document("A".repeat(43))).isEmpty();
	}

	/** A client in New York, linked with the therapist. */
	CurrentUser newYorkClientOf(CurrentUser therapist) {
		var account = this.accounts.signUp(new NewAccount("ny-" + UUID.randomUUID() + "@example.org",
				"a long and unusual passphrase 42", "Ana", Role.CLIENT, "America/New_York", "en"));
		CurrentUser client = this.accounts.refresh(account.id());
		this.links.accept(client, this.links.invite(therapist, new InvitationRequest(null)).code(), "192.0.2.9");
		return client;
	}

	static List<VEvent> away(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponents(Component.VEVENT)
			.stream()
			.filter((e) -> e.getUid().map(Uid::getValue).orElse("").startsWith("absence-"))
			.toList();
	}

	static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse(null);
	}

	@Test
	void timeAwayIsInBothFeedsOnTheTherapistsDaysAndAWithdrawnOneLeavesThem() throws Exception {
		CurrentUser therapist = this.people.therapist();
		CurrentUser lee = this.people.therapist();
		this.links.addColleague(therapist, new ColleagueRequest(this.accounts.me(lee).email()));
		CurrentUser client = newYorkClientOf(therapist);
		CurrentUser otherClient = this.people.clientOf(this.people.therapist());
		// Berlin days across the change of 28 March; New York changed on 14 March.
		Absence kept = this.absences.announce(therapist, new AbsenceRequest(LocalDate.of(2027, 3, 29),
				LocalDate.of(2027, 4, 11), lee.id(), "Call the practice", "I'm here.", false));
		Absence withdrawn = this.absences.announce(therapist,
				new AbsenceRequest(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7), null, null, null, false));
		this.absences.withdraw(therapist, withdrawn.id());

		List<VEvent> clientSees = away(this.feeds.document(token(this.feeds.feedUrl(client))).orElseThrow());
		assertThat(clientSees).singleElement().satisfies((e) -> {
			assertThat(value(e, Property.UID)).isEqualTo("absence-" + kept.id() + "@between");
			assertThat(value(e, Property.DTSTART)).isEqualTo("20270329");
			assertThat(value(e, Property.DTEND)).isEqualTo("20270412");
			assertThat(value(e, Property.SUMMARY)).isEqualTo("Your therapist is away");
			assertThat(value(e, Property.DESCRIPTION)).startsWith("Covering: Test therapist\n");
		});
		List<VEvent> therapistSees = away(this.feeds.document(token(this.feeds.feedUrl(therapist))).orElseThrow());
		assertThat(therapistSees).singleElement().satisfies((e) -> {
			assertThat(value(e, Property.UID)).isEqualTo("absence-" + kept.id() + "@between");
			assertThat(value(e, Property.DTSTART)).isEqualTo("20270329");
			assertThat(value(e, Property.SUMMARY)).isEqualTo("Away");
		});
		assertThat(away(this.feeds.document(token(this.feeds.feedUrl(otherClient))).orElseThrow())).isEmpty();
		assertThat(away(this.feeds.document(token(this.feeds.feedUrl(lee))).orElseThrow())).isEmpty();
	}

}
