package org.between;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.between.absences.Absence;
import org.between.absences.AbsenceRequest;
import org.between.absences.Absences;
import org.between.absences.BreakPlanInput;
import org.between.absences.BreakPlans;
import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.TotpCodes;
import org.between.checkin.Checkins;
import org.between.checkin.NewCheckin;
import org.between.contact.AgreementInput;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactAgreements;
import org.between.endings.PortfolioInput;
import org.between.endings.Portfolios;
import org.between.journal.Journal;
import org.between.journal.NewJournalEntry;
import org.between.messages.MessageInput;
import org.between.messages.Messages;
import org.between.messages.ReplyInput;
import org.between.messages.Sent;
import org.between.policy.ClientFeeInput;
import org.between.policy.ClientFees;
import org.between.policy.MakeUpRule;
import org.between.policy.Policies;
import org.between.policy.PolicyInput;
import org.between.safety.Contact;
import org.between.safety.ProposedPlan;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.sessions.SessionKind;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.support.ModulePeople;
import org.between.support.MutableClock;
import org.between.toolbox.Skill;
import org.between.toolbox.Toolbox;
import org.springframework.context.ApplicationContext;

/**
 * Everything a person can write, written once through the facades as the forms and the
 * API do, each text carrying a marker of its own: the one list that
 * {@code PlainTextAtRestTests} looks for in every column (and the H2 file) on H2 and
 * PostgreSQL. <b>A module that stores what someone writes adds its line here</b>
 * (endings, the portfolio, bridge notes …):
 * {@code new Writing("what", (w) -> facade.write(…
 * w.text("field") …))}. {@link Scene#text} makes a text with a new marker and remembers
 * it; the scene holds the people and what earlier writings made (the absence, the
 * agreement), so a writing may use them.
 */
final class Writings {

	/** One kind of writing: what it is and how it is written. */
	record Writing(String what, Consumer<Scene> write) {
	}

	static final List<Writing> ALL = List.of(
			new Writing("safety plan",
					(w) -> w.bean(SafetyPlans.class)
						.save(w.client, new SafetyPlanInput(List.of(w.text("plan: warning sign")),
								List.of(w.text("plan: coping strategy")), List.of(w.text("plan: distraction")),
								List.of(new Contact(w.text("plan: person to ask"), w.phone("plan: their phone"))),
								List.of(new Contact(w.text("plan: professional"), null)),
								List.of(w.text("plan: making the place safe")),
								List.of(w.text("plan: reason for living")), true, null))),
			new Writing("safety plan proposal",
					(w) -> w.bean(SafetyPlans.class)
						.propose(w.therapist, w.client.id(), new ProposedPlan(List.of(w.text("proposal: warning sign")),
								List.of(w.text("proposal: coping strategy")), List.of(w.text("proposal: distraction")),
								List.of(new Contact(w.text("proposal: person to ask"), null)),
								List.of(new Contact(w.text("proposal: professional"), null)),
								List.of(w.text("proposal: making the place safe")),
								List.of(w.text("proposal: reason for living")), w.text("proposal: note")))),
			new Writing("check-in note", (w) -> w.bean(Checkins.class)
				.record(w.client, new NewCheckin(null, 5, 5, null, null, null, null, w.text("check-in: note")))),
			new Writing("own skill and its practice", (w) -> {
				Skill skill = w.bean(Toolbox.class)
					.create(w.client, new Toolbox.NewSkill(w.text("skill: name"),
							List.of(w.text("skill: step one"), w.text("skill: step two")), List.of()));
				w.bean(Toolbox.class)
					.practise(w.client, skill.id(), new Toolbox.NewPractice(6, 3, null, 10, w.text("practice: note")));
			}),
			new Writing("skill from the therapist", (w) -> w.bean(Toolbox.class)
				.addForClient(w.therapist, w.client.id(), new Toolbox.TherapistSkill(w.text("therapist skill: name"),
						List.of(w.text("therapist skill: step")), List.of(), w.text("therapist skill: rhythm")))),
			new Writing("policy and fee notes", (w) -> {
				Policies policies = w.bean(Policies.class);
				policies.publish(w.therapist,
						new PolicyInput(24, new BigDecimal("40"), new BigDecimal("80"), "EUR", true, MakeUpRule.NONE,
								w.text("policy: sliding scale note"), policies.earliestWithNotice(w.therapist)));
				w.bean(ClientFees.class)
					.set(w.therapist, w.client.id(),
							new ClientFeeInput(new BigDecimal("60"), null, w.text("fee: note")));
			}), new Writing("sessions: video links and a cancellation reason", (w) -> {
				Sessions sessions = w.bean(Sessions.class);
				sessions.standing(w.therapist, w.client.id(), new Sessions.StandingRequest(DayOfWeek.MONDAY, "10:00",
						50, 1, LocalDate.of(2027, 3, 8), null, w.link("standing appointment: video link")));
				SessionView extra = sessions.book(w.therapist, w.client.id(),
						new Sessions.SessionRequest(Instant.parse("2027-03-03T09:00:00Z"), 50, SessionKind.EXTRA,
								w.link("session: video link"), null));
				sessions.videoLink(w.therapist, extra.id(), w.link("session: changed video link"));
				sessions.cancel(w.therapist, extra.id(), w.text("session: cancellation reason"));
			}), new Writing("two-step sign-in secret", (w) -> {
				CurrentUser someone = w.people.client();
				String secret = w.bean(Accounts.class).startTotp(someone).secret();
				w.remember("TOTP secret", secret);
				w.bean(Accounts.class).confirmTotp(someone, TotpCodes.codeAt(secret, w.clock.instant()));
			}),
			new Writing("journal entry",
					(w) -> w.bean(Journal.class)
						.write(w.client,
								new NewJournalEntry(w.text("journal: title"), w.text("journal: body"), 4, true, true))),
			new Writing("time away", (w) -> w.absence = w.bean(Absences.class)
				.announce(w.therapist,
						new AbsenceRequest(LocalDate.of(2027, 3, 22), LocalDate.of(2027, 3, 28), w.cover.id(),
								w.text("absence: note for the cover"), w.text("absence: message to clients"), false))),
			new Writing("break plan", (w) -> {
				List<UUID> skills = w.bean(Toolbox.class).skills(w.client).stream().limit(1).map(Skill::id).toList();
				w.bean(BreakPlans.class)
					.save(w.client, w.absence.id(),
							new BreakPlanInput(skills,
									List.of(new Contact(w.text("break plan: person"), w.phone("break plan: phone"))),
									w.text("break plan: note"), false, true));
				w.bean(BreakPlans.class)
					.writeNote(w.therapist, w.absence.id(), w.client.id(), w.text("break plan: therapist's note"));
			}), new Writing("contact agreement", (w) -> {
				ContactAgreements agreements = w.bean(ContactAgreements.class);
				ContactAgreement proposed = agreements.propose(w.therapist, w.client.id(),
						new AgreementInput(List.of("SCHEDULING"), 24, null, w.text("agreement: crisis instructions"),
								w.text("agreement: during absences"), null, false));
				agreements.accept(w.client, proposed.id());
			}), new Writing("message and reply", (w) -> {
				Sent sent = w.bean(Messages.class)
					.send(w.client, new MessageInput("SCHEDULING", w.text("message: from the client")));
				w.bean(Messages.class)
					.reply(w.therapist, sent.threadId(), new ReplyInput(w.text("message: the therapist's reply")));
			}), new Writing("portfolio and the therapist's letter", (w) -> {
				w.bean(Portfolios.class)
					.save(w.client, new PortfolioInput(List.of(w.text("portfolio: skill that works")),
							List.of(w.text("portfolio: what I learned")),
							List.of(w.text("portfolio: sign of slipping")),
							List.of(w.text("portfolio: what I will do")), w.text("portfolio: how to come back"), true));
				w.bean(Portfolios.class).writeLetter(w.therapist, w.client.id(), w.text("portfolio: letter"));
			}));

	private Writings() {
	}

	/** Writes every writing in a new scene; answers the scene with the texts. */
	static Scene writeAll(ApplicationContext context, ModulePeople people, MutableClock clock) {
		Scene scene = new Scene(context, people, clock);
		for (Writing writing : ALL) {
			scene.writing = writing.what();
			writing.write().accept(scene);
		}
		return scene;
	}

	/**
	 * A therapist (two-step sign-in on), a colleague who covers, and a client who shares
	 * everything with the therapist, on Monday 1 March 2027; and every text written.
	 */
	static final class Scene {

		final ApplicationContext context;

		final ModulePeople people;

		final MutableClock clock;

		final CurrentUser therapist;

		final CurrentUser cover;

		final CurrentUser client;

		/** The therapist's time away, once announced. */
		Absence absence;

		/** Each marker, with the writing and field that wrote it. */
		final Map<String, String> markers = new LinkedHashMap<>();

		final List<UUID> peopleIds = new ArrayList<>();

		private String writing;

		Scene(ApplicationContext context, ModulePeople people, MutableClock clock) {
			this.context = context;
			this.people = people;
			this.clock = clock;
			clock.set(Instant.parse("2027-03-01T08:00:00Z"));
			this.therapist = people.therapist();
			this.cover = people.colleagueOf(this.therapist);
			this.client = people.sharingClientOf(this.therapist);
			this.peopleIds.addAll(List.of(this.therapist.id(), this.cover.id(), this.client.id()));
		}

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		/** A text with a new marker, e.g. "Walk round the block zqx7f3kw9". */
		String text(String field) {
			String marker = "zq" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
			remember(field, marker);
			return "Written: " + field + " " + marker;
		}

		/** A link with a new marker. */
		String link(String field) {
			String marker = "room" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
			remember(field, marker);
			return "https://video.example/" + marker;
		}

		/** A phone number of nine random digits (phones hold digits only). */
		String phone(String field) {
			String digits = Long.toString(100_000_000L + ThreadLocalRandom.current().nextLong(899_999_999L));
			remember(field, digits);
			return "+44 " + digits;
		}

		void remember(String field, String marker) {
			this.markers.put(marker, this.writing + " / " + field);
		}

	}

}
