package org.between.calendar;

import java.time.Instant;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
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
 * Calendar feeds against a real database (the migration, the nullable unique token); run
 * on H2 and on PostgreSQL by the subclasses.
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

}
