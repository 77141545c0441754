package org.between.endings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.safety.SafetyPlanInput;
import org.between.safety.SafetyPlans;
import org.between.shared.ForbiddenException;
import org.between.shared.InvalidInputException;
import org.between.shared.InvalidInputException.FieldProblem;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.between.shared.TextCiphers;
import org.between.shared.TextCipher;
import org.between.support.ModulePeople;
import org.between.support.ModuleTest;
import org.between.support.MutableClock;
import org.between.toolbox.Skill;
import org.between.toolbox.Toolbox;
import org.between.toolbox.Toolbox.NewPractice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The carry-forward portfolio against a real database, on H2 and PostgreSQL (the
 * subclasses): pre-filled from the toolbox ranking with the client's own numbers, every
 * bad field at once, ciphertext at rest, the therapist's letter and read only while
 * linked and shared (audited), sharing with the therapist of the moment only, and the
 * portfolio kept after the link ends.
 */
@ModuleTest
abstract class PortfoliosModuleTests {

	static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");

	@Autowired
	Portfolios portfolios;

	@Autowired
	Accounts accounts;

	@Autowired
	ClientLinks links;

	@Autowired
	Toolbox toolbox;

	@Autowired
	SafetyPlans safetyPlans;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TextCipher cipher;

	@Autowired
	TransactionTemplate transactions;

	ModulePeople people;

	CurrentUser therapist;

	CurrentUser client;

	@BeforeEach
	void setUp() {
		this.clock.set(NOW);
		this.people = new ModulePeople(this.accounts, this.links, this.clock);
		this.therapist = this.people.therapist();
		this.client = this.people.clientOf(this.therapist);
	}

	private static PortfolioInput input(boolean share) {
		return new PortfolioInput(List.of("Paced breathing", "  ", "A walk by the canal"),
				List.of("I can sit with a feeling without acting on it."), List.of("I stop answering messages"),
				List.of("Tell Jo", "Book a session"), "  Write to the practice; ask for a first talk.  ", share);
	}

	private int rows(UUID actor, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_log where actor_id = ? and subject_id = ? and action = ?", Integer.class,
				actor, this.client.id(), action);
	}

	private void endLink() {
		this.jdbc.update("update accounts_link set ended_at = ?, active_client_id = null where client_id = ?",
				java.sql.Timestamp.from(NOW), this.client.id());
	}

	private static List<String> fields(Throwable ex) {
		return ((InvalidInputException) ex).problems().stream().map(FieldProblem::field).toList();
	}

	@Test
	void beforeTheFirstSaveTheSkillsThatHelpedArePrefilledWithTheClientsOwnNumbers() {
		List<Skill> skills = this.toolbox.skills(this.client);
		Skill helped = skills.get(0);
		Skill didNot = skills.get(1);
		this.toolbox.practise(this.client, helped.id(), new NewPractice(8, 4, null, 10, null));
		this.toolbox.practise(this.client, helped.id(), new NewPractice(7, 4, null, 10, null));
		this.toolbox.practise(this.client, didNot.id(), new NewPractice(5, 6, null, 10, null));

		Portfolio fresh = this.portfolios.mine(this.client);

		assertThat(fresh.prefilled()).isTrue();
		assertThat(fresh.isUnwritten()).isTrue();
		assertThat(fresh.skillsThatWork()).containsExactly(helped.name());
		assertThat(fresh.numbersFor(helped.name()).practices()).isEqualTo(2);
		assertThat(fresh.numbersFor(helped.name()).meanReduction()).isEqualTo(3.5);
		assertThat(fresh.numbersFor(helped.name()).direction()).isEqualTo("down");
		assertThat(fresh.numbersFor(didNot.name()).direction()).isEqualTo("up");
		assertThat(fresh.skillNumbers()).hasSize(2);

		Portfolio saved = this.portfolios.save(this.client,
				new PortfolioInput(List.of(), null, null, null, null, false));
		assertThat(saved.prefilled()).isFalse();
		assertThat(saved.skillsThatWork()).isEmpty();
		assertThat(saved.skillNumbers()).hasSize(2);
	}

	@Test
	void theClientSavesAndReadsBackWithTheirSafetyPlanAndWhatTheyKept() {
		this.safetyPlans.save(this.client, new SafetyPlanInput(List.of("I stop eating"), List.of("Cold water"),
				List.of(), List.of(), List.of(), List.of(), List.of("My cat"), false, "GB"));
		KeptInTests.keep(this.client.id(),
				List.of(new PortfolioKeepsake("Older", LocalDate.of(2027, 1, 5), "Bridge note after our session"),
						new PortfolioKeepsake("Try the 5-4-3-2-1 exercise.", LocalDate.of(2027, 2, 20),
								"Bridge note after our session")));

		Portfolio saved = this.portfolios.save(this.client, input(false));

		assertThat(saved.skillsThatWork()).containsExactly("Paced breathing", "A walk by the canal");
		assertThat(saved.insights()).containsExactly("I can sit with a feeling without acting on it.");
		assertThat(saved.relapseSigns()).containsExactly("I stop answering messages");
		assertThat(saved.whatToDo()).containsExactly("Tell Jo", "Book a session");
		assertThat(saved.howToComeBack()).isEqualTo("Write to the practice; ask for a first talk.");
		assertThat(saved.updatedAt()).isEqualTo(NOW);
		assertThat(saved.shareWithTherapist()).isFalse();
		assertThat(saved.safetyPlan().copingStrategies()).containsExactly("Cold water");
		assertThat(saved.kept()).extracting(PortfolioKeepsake::text)
			.containsExactly("Try the 5-4-3-2-1 exercise.", "Older");
		assertThat(this.portfolios.mine(this.client)).isEqualTo(saved);
	}

	@Test
	void whatTheClientWroteAndTheLetterAreCiphertextAtRestAndReencrypted() {
		this.portfolios.save(this.client, input(false));
		this.portfolios.writeLetter(this.therapist, this.client.id(), "You did the hard work yourself.");

		String body = this.jdbc.queryForObject("select body_cipher from endings_portfolio where client_id = ?",
				String.class, this.client.id());
		String letter = this.jdbc.queryForObject(
				"select letter_cipher from endings_portfolio_letter where client_id = ?", String.class,
				this.client.id());
		assertThat(body).doesNotContain("canal").doesNotContain("Paced");
		assertThat(letter).doesNotContain("hard work");

		var keyset = TextCiphers.rotate(TextCiphers.keyset(this.cipher));
		TextCipher rotated = TextCiphers.of(keyset);
		JdbcClient jdbcClient = JdbcClient.create(this.jdbc);
		PortfolioStore store = new PortfolioStore(jdbcClient, rotated);
		PortfolioLetterStore letters = new PortfolioLetterStore(jdbcClient, rotated);
		assertThat(TextCiphers.reencryptAll(store, this.transactions)).isPositive();
		assertThat(TextCiphers.reencryptAll(letters, this.transactions)).isPositive();
		assertThat(store.find(this.client.id()).orElseThrow().body().whatToDo()).containsExactly("Tell Jo",
				"Book a session");
		assertThat(letters.find(this.client.id(), this.therapist.id()).orElseThrow().letter())
			.isEqualTo("You did the hard work yourself.");
		TextCipher back = TextCiphers.of(TextCiphers.primary(keyset, this.cipher.primaryKeyId()));
		TextCiphers.reencryptAll(new PortfolioStore(jdbcClient, back), this.transactions);
		TextCiphers.reencryptAll(new PortfolioLetterStore(jdbcClient, back), this.transactions);
		assertThat(this.portfolios.mine(this.client).letter()).isEqualTo("You did the hard work yourself.");
	}

	@Test
	void everyBadFieldIsNamedAtOnceAndNothingIsSaved() {
		String long501 = "x".repeat(501);
		List<String> twentyOne = Collections.nCopies(21, "a line");
		PortfolioInput bad = new PortfolioInput(List.of(long501), twentyOne, List.of("ok"), List.of(long501),
				"y".repeat(2001), false);

		assertThatThrownBy(() -> this.portfolios.save(this.client, bad)).satisfies((ex) -> assertThat(fields(ex))
			.containsExactly("skillsThatWork", "insights", "whatToDo", "howToComeBack"));
		assertThat(this.portfolios.mine(this.client).isUnwritten()).isTrue();
		assertThatThrownBy(() -> this.portfolios.writeLetter(this.therapist, this.client.id(), "z".repeat(20001)))
			.satisfies((ex) -> assertThat(fields(ex)).containsExactly("letter"));
		assertThat(this.portfolios.mine(this.client).letters()).isEmpty();
		// Exactly at the limits it is saved (characters, not bytes: emoji count once).
		this.portfolios.save(this.client, new PortfolioInput(Collections.nCopies(20, "🌿".repeat(500)), null, null,
				null, "é".repeat(2000), false));
		this.portfolios.writeLetter(this.therapist, this.client.id(), "🌿".repeat(20000));
		assertThat(this.portfolios.mine(this.client).letter()).hasSize(40000);
	}

	@Test
	void sharingIsWithTheTherapistOfTheMomentAndEachReadIsAudited() {
		assertThatThrownBy(() -> this.portfolios.sharedWith(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		this.portfolios.save(this.client, input(false));
		assertThatThrownBy(() -> this.portfolios.sharedWith(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);

		this.portfolios.save(this.client, input(true));
		assertThat(rows(this.client.id(), "PORTFOLIO_SHARED")).isEqualTo(1);
		Portfolio read = this.portfolios.sharedWith(this.therapist, this.client.id());
		assertThat(read.whatToDo()).containsExactly("Tell Jo", "Book a session");
		assertThat(read.safetyPlan()).isNull();
		assertThat(read.skillNumbers()).isEmpty();
		assertThat(rows(this.therapist.id(), "PORTFOLIO_READ")).isEqualTo(1);

		CurrentUser stranger = this.people.therapist();
		assertThatThrownBy(() -> this.portfolios.sharedWith(stranger, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.portfolios.writeLetter(stranger, this.client.id(), "Hello"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.portfolios.letter(stranger, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.portfolios.sharedWith(this.client, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.portfolios.mine(this.therapist)).isInstanceOf(ForbiddenException.class);

		this.portfolios.save(this.client, input(false));
		assertThat(rows(this.client.id(), "PORTFOLIO_UNSHARED")).isEqualTo(1);
		assertThatThrownBy(() -> this.portfolios.sharedWith(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theLetterIsWrittenWhileLinkedAndStaysWithTheClientAfterTheEnding() {
		this.portfolios.save(this.client, input(true));
		PortfolioLetter letter = this.portfolios
			.writeLetter(this.therapist, this.client.id(), "  You did the hard work yourself.  ")
			.orElseThrow();
		assertThat(letter.letter()).isEqualTo("You did the hard work yourself.");
		assertThat(letter.from()).isEqualTo(this.therapist.displayName());
		assertThat(rows(this.therapist.id(), "PORTFOLIO_LETTER_WRITTEN")).isEqualTo(1);
		assertThat(this.portfolios.letter(this.therapist, this.client.id())).contains(letter);
		assertThat(this.portfolios.sharedWith(this.therapist, this.client.id()).letters()).containsExactly(letter);

		endLink();

		Portfolio kept = this.portfolios.mine(this.client);
		assertThat(kept.letters()).containsExactly(letter);
		assertThat(kept.whatToDo()).containsExactly("Tell Jo", "Book a session");
		assertThat(kept.shareWithTherapist()).isFalse();
		assertThatThrownBy(() -> this.portfolios.sharedWith(this.therapist, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.portfolios.writeLetter(this.therapist, this.client.id(), "More"))
			.isInstanceOf(NotFoundException.class);
		// Unlinked, the client keeps writing, but cannot share with no one.
		assertThat(this.portfolios.save(this.client, input(false)).letter()).isEqualTo(letter.letter());
		assertThatThrownBy(() -> this.portfolios.save(this.client, input(true)))
			.isInstanceOf(RuleViolationException.class);

		// A new therapist is not let in by the old choice, and sees only their own
		// letter.
		CurrentUser next = this.people.therapist();
		String code = this.links.invite(next, new ClientLinks.InvitationRequest(null)).code();
		this.links.accept(this.client, code, "192.0.2.77");
		assertThatThrownBy(() -> this.portfolios.sharedWith(next, this.client.id()))
			.isInstanceOf(NotFoundException.class);
		this.clock.set(NOW.plusSeconds(60));
		this.portfolios.writeLetter(next, this.client.id(), "Welcome.");
		this.portfolios.save(this.client, input(true));
		assertThat(this.portfolios.sharedWith(next, this.client.id()).letters()).extracting(PortfolioLetter::letter)
			.containsExactly("Welcome.");
		assertThat(this.portfolios.mine(this.client).letters()).extracting(PortfolioLetter::letter)
			.containsExactly("Welcome.", "You did the hard work yourself.");
	}

	@Test
	void theDemoClientFindsTheirTherapistsLetter() {
		new PortfolioDemoData(this.portfolios, this.accounts)
			.onDemoPeople(new org.between.accounts.DemoPeopleCreated(this.therapist.id(), this.client.id()));
		assertThat(this.portfolios.mine(this.client).letter()).isEqualTo(PortfolioDemoData.LETTER)
			.startsWith("When we began")
			.endsWith("the door is open.");
	}

	@Test
	void aBlankLetterTakesItBack() {
		this.portfolios.writeLetter(this.therapist, this.client.id(), "First draft");
		assertThat(this.portfolios.writeLetter(this.therapist, this.client.id(), "   ")).isEmpty();
		assertThat(this.portfolios.mine(this.client).letters()).isEmpty();
		assertThat(rows(this.therapist.id(), "PORTFOLIO_LETTER_WRITTEN")).isEqualTo(2);
	}

	@Test
	void thePdfHasEverySectionAsText() throws Exception {
		this.toolbox.practise(this.client, this.toolbox.skills(this.client).get(0).id(),
				new NewPractice(8, 5, null, 10, null));
		this.safetyPlans.save(this.client,
				new SafetyPlanInput(List.of("I stop eating"), List.of("Cold water"), List.of(),
						List.of(new org.between.safety.Contact("Jo", "+44 7700 900123")), List.of(), List.of(),
						List.of("My cat"), false, "GB"));
		KeptInTests.keep(this.client.id(), List
			.of(new PortfolioKeepsake("Try the 5-4-3-2-1 exercise.", LocalDate.of(2027, 2, 20), "Bridge note")));
		String skill = this.toolbox.skills(this.client).get(0).name();
		this.portfolios.save(this.client,
				new PortfolioInput(List.of(skill, "A walk by the canal"), List.of("Feelings pass"),
						List.of("I stop answering messages"), List.of("Tell Jo"), "Write to the practice.", false));
		this.portfolios.writeLetter(this.therapist, this.client.id(), "You did the hard work yourself.");

		byte[] pdf = this.portfolios.pdf(this.client);
		String text = PdfText.of(pdf);
		assertThat(PdfText.pages(pdf, "portfolio-pdf")).isBetween(1, 3);

		assertThat(text).contains("My portfolio", "The skills that work for me", skill, "Tried once.",
				"Distress went down by about 3.0 on average.", "A walk by the canal", "What I learned", "Feelings pass",
				"Signs that things are slipping", "I stop answering messages", "What I will do then", "Tell Jo",
				"How to come back", "Write to the practice.", "My safety plan", "I stop eating", "Cold water",
				"+44 7700 900123", "My cat", "116 123", "A letter from " + this.therapist.displayName(),
				"You did the hard work yourself.", "Things I chose to keep", "Try the 5-4-3-2-1 exercise.",
				"not a crisis service");
	}

}
