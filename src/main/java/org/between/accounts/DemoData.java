package org.between.accounts;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code demo} profile's people: a therapist and a client, already linked. Created
 * once; the passwords are public (README), so this never runs unless the profile asks for
 * it.
 */
@Component
@ConditionalOnProperty(name = "between.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	static final String THERAPIST_EMAIL = "therapist@demo.between";

	static final String CLIENT_EMAIL = "client@demo.between";

	static final String PASSWORD = "demo-between-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final UserRepository users;

	private final LinkRepository links;

	private final Passwords passwords;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoData(UserRepository users, LinkRepository links, Passwords passwords, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.links = links;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.existsByEmail(THERAPIST_EMAIL)) {
			log.info("Demo accounts exist: {} and {} (password: {})", THERAPIST_EMAIL, CLIENT_EMAIL, PASSWORD);
			return;
		}
		String hash = this.passwords.hash(PASSWORD);
		User therapist = this.users.save(User.create(THERAPIST_EMAIL, hash, "Dr. Demo Therapist", Role.THERAPIST,
				ZoneId.of("Europe/Berlin"), Locale.ENGLISH, "DE", this.clock.instant()));
		User client = this.users.save(User.create(CLIENT_EMAIL, hash, "Demo Client", Role.CLIENT,
				ZoneId.of("America/New_York"), Locale.ENGLISH, "US", this.clock.instant()));
		// The demo client shares everything but insights, so that the brief shows each
		// section; /account shows the choice and lets one change it.
		this.links.save(Link.start(therapist.id(), client.id(), this.clock.instant(),
				new SharingChoice(true, true, true, true, false)));
		this.events.publishEvent(new DemoPeopleCreated(therapist.id(), client.id()));
		log.info("Demo accounts created: {} and {} (password: {})", THERAPIST_EMAIL, CLIENT_EMAIL, PASSWORD);
	}

}
