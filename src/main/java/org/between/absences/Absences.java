package org.between.absences;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.between.accounts.Accounts;
import org.between.accounts.ClientLinks;
import org.between.accounts.CurrentUser;
import org.between.accounts.LinkedClient;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.shared.ConflictException;
import org.between.shared.NotFoundException;
import org.between.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's time away (API.md "sessions and frame"). Announcing it checks the rules
 * ({@link AbsenceRules}: 400 with every bad field; {@link AbsenceNotice}: 422 naming the
 * earliest first day), and in the same transaction cancels the therapist's sessions
 * inside its days ({@link Sessions#cancelForAbsence}) and e-mails each linked client.
 * Withdrawing it before it begins restores the sessions still free
 * ({@link Sessions#restoreAfterAbsence}) and tells the clients again. Another therapist's
 * absence is a 404; a client reads only their own therapist's, never withdrawn ones, and
 * never what it did to other clients' sessions.
 */
@Service
public class Absences {

	/** The longest coverage note and message to clients, in characters. */
	public static final int TEXT_MAX = 2000;

	private static final DateTimeFormatter REASON_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final AbsenceStore store;

	private final Sessions sessions;

	private final ClientLinks links;

	private final Accounts accounts;

	private final AbsenceMail mail;

	private final AbsencesSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	Absences(AbsenceStore store, Sessions sessions, ClientLinks links, Accounts accounts, AbsenceMail mail,
			AbsencesSettings settings, MessageSource messages, Clock clock) {
		this.store = store;
		this.sessions = sessions;
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Announces time away (therapists, with their second factor): the sessions inside its
	 * days are cancelled by the therapist and every linked client is e-mailed. Answers
	 * the absence with the number of sessions it cancelled.
	 */
	@Transactional
	public Absence announce(CurrentUser therapist, AbsenceRequest request) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		this.store.lock(therapist.id());
		Absence absence = checked(therapist,
				(request != null) ? request : new AbsenceRequest(null, null, null, null, null, null));
		this.store.insert(absence);
		List<SessionView> cancelled = this.sessions.cancelForAbsence(therapist, absence.awayDays(),
				reason(therapist, absence));
		this.store.cancelled(absence.id(), cancelled, absence.announcedAt());
		this.mail.announced(therapist);
		return view(this.store.find(absence.id()).orElseThrow());
	}

	/**
	 * Withdraws the therapist's absence before its first day (in its zone): 404 for
	 * anyone else's, 409 when already withdrawn, 422 once begun. The sessions it
	 * cancelled come back where still free, what clients shared with the cover for it
	 * stops being shared, and every linked client is e-mailed.
	 */
	@Transactional
	public Withdrawal withdraw(CurrentUser therapist, UUID absenceId) {
		therapist.requireTherapist();
		this.accounts.requireSecondFactor(therapist);
		this.store.lock(therapist.id());
		Absence absence = own(therapist, absenceId);
		requireWithdrawable(absence);
		Instant now = now();
		this.store.withdraw(absence.id(), now);
		List<UUID> cancelled = this.store.stillCancelled(absence.id());
		List<SessionView> restored = this.sessions.restoreAfterAbsence(therapist, cancelled);
		this.store.restored(absence.id(), restored, now);
		this.links.revokeCoverForAbsence(absence.id());
		this.mail.withdrawn(therapist);
		return new Withdrawal(view(this.store.find(absence.id()).orElseThrow()), restored.size(),
				cancelled.size() - restored.size());
	}

	/**
	 * {@code GET /api/v1/absences}: a therapist's own absences (withdrawn ones too), the
	 * latest first; for a client, their therapist's absences that are announced, not
	 * withdrawn and not over, the latest first (empty without a therapist).
	 */
	@Transactional(readOnly = true)
	public List<Absence> list(CurrentUser me) {
		if (me.isTherapist()) {
			return ofTherapist(me);
		}
		Instant now = now();
		return forClient(me).stream().filter((a) -> a.endsAt().isAfter(now)).toList();
	}

	/** One absence: the therapist's own, or a client's therapist's; 404 otherwise. */
	@Transactional(readOnly = true)
	public Absence get(CurrentUser me, UUID absenceId) {
		if (me.isTherapist()) {
			return view(own(me, absenceId));
		}
		return announced(me, absenceId).orElseThrow(NotFoundException::new);
	}

	/** The therapist's own absences, withdrawn ones too, the latest first. */
	@Transactional(readOnly = true)
	public List<Absence> ofTherapist(CurrentUser therapist) {
		therapist.requireTherapist();
		return this.store.ofTherapist(therapist.id()).stream().map(this::view).toList();
	}

	/**
	 * The client's therapist's announced absences that were not withdrawn, past ones too
	 * (for insights), the latest first; empty without a therapist.
	 */
	@Transactional(readOnly = true)
	public List<Absence> forClient(CurrentUser client) {
		client.requireClient();
		return this.links.therapistOf(client)
			.map((t) -> announcedOf(t.id()).stream().map(Absence::forClients).toList())
			.orElse(List.of());
	}

	/**
	 * The absences of a linked client's therapist that were not withdrawn, past ones too,
	 * the latest first (for the brief; the therapist's own data, so no audit row).
	 */
	@Transactional(readOnly = true)
	public List<Absence> ofClientsTherapist(LinkedClient client) {
		return announcedOf(client.therapistId());
	}

	/**
	 * One of the client's therapist's absences, announced and not withdrawn; empty for
	 * any other (answer 404).
	 */
	@Transactional(readOnly = true)
	public Optional<Absence> announced(CurrentUser client, UUID absenceId) {
		client.requireClient();
		return this.links.therapistOf(client)
			.flatMap((t) -> this.store.find(absenceId).filter((a) -> a.therapistId().equals(t.id())))
			.filter((a) -> !a.withdrawn())
			.map((a) -> view(a).forClients());
	}

	/** The operator's notice in days ({@code between.absences.notice-days}). */
	public int noticeDays() {
		return this.settings.noticeDays();
	}

	/** The first day time away with notice may start on, for this therapist. */
	public LocalDate earliestWithNotice(CurrentUser therapist) {
		return notice().earliest(today(therapist.zone()));
	}

	/** Today in a zone, by the application's clock. */
	LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(now(), zone);
	}

	/**
	 * The checked absence to store: 400 for bad fields, then 422 for too little notice.
	 */
	private Absence checked(CurrentUser therapist, AbsenceRequest request) {
		ZoneId zone = therapist.zone();
		LocalDate today = today(zone);
		AbsenceRules
			.check(request, zone, today, (cover) -> this.links.isColleague(therapist.id(), cover),
					this.store.ofTherapist(therapist.id()))
			.throwIfAny();
		notice().require(request.startDate(), today, request.isEmergency());
		return new Absence(UUID.randomUUID(), therapist.id(), request.startDate(), request.endDate(), zone,
				request.coveringTherapistId(), null, text(request.coverageNote()), text(request.messageToClients()),
				request.isEmergency(), now(), null, 0);
	}

	private void requireWithdrawable(Absence absence) {
		if (absence.withdrawn()) {
			throw new ConflictException("absences.withdraw.already");
		}
		if (!today(absence.zone()).isBefore(absence.startDate())) {
			throw new RuleViolationException(null, "absences.withdraw.begun");
		}
	}

	private Absence own(CurrentUser therapist, UUID absenceId) {
		return this.store.find(absenceId)
			.filter((a) -> a.therapistId().equals(therapist.id()))
			.orElseThrow(NotFoundException::new);
	}

	private List<Absence> announcedOf(UUID therapistId) {
		return this.store.ofTherapist(therapistId).stream().filter((a) -> !a.withdrawn()).map(this::view).toList();
	}

	/** The absence with its cover's name as it is now. */
	private Absence view(Absence stored) {
		return (stored.coveringTherapistId() == null) ? stored
				: stored.withCoverName(this.accounts.displayName(stored.coveringTherapistId()).orElse(null));
	}

	private String reason(CurrentUser therapist, Absence absence) {
		return reason(this.messages, therapist, absence);
	}

	/** Kept with each cancelled session, in the therapist's language. */
	static String reason(MessageSource messages, CurrentUser therapist, Absence absence) {
		return messages.getMessage("absences.cancelReason",
				new Object[] { REASON_DAY.format(absence.startDate()), REASON_DAY.format(absence.endDate()) },
				therapist.locale());
	}

	private static String text(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private AbsenceNotice notice() {
		return new AbsenceNotice(this.settings.noticeDays());
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
