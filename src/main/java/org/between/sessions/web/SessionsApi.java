package org.between.sessions.web;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.between.accounts.CurrentUser;
import org.between.sessions.CancellationRuling;
import org.between.sessions.Punctuality;
import org.between.sessions.SessionView;
import org.between.sessions.Sessions;
import org.between.sessions.Sessions.NewStanding;
import org.between.sessions.Sessions.SessionRequest;
import org.between.sessions.Sessions.StandingRequest;
import org.between.sessions.StandingAppointment;
import org.between.shared.web.ProblemResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md "sessions and frame": standing appointments, sessions, cancellations,
 * punctuality.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "sessions")
class SessionsApi {

	private final Sessions sessions;

	SessionsApi(Sessions sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/clients/{clientId}/standing-appointments")
	@ProblemResponse(status = 409, description = "It overlaps another of your sessions")
	@Operation(summary = "A standing appointment for a linked client (therapists)",
			description = "weekday MONDAY…SUNDAY, startTime HH:mm in the therapist's time zone (kept across "
					+ "daylight-saving changes), durationMinutes 10–240, everyWeeks 1 or 2, startDate not in the past, "
					+ "endDate optional (the last day a session may fall on), videoLink optional (https). Sessions are "
					+ "generated " + Sessions.WEEKS_AHEAD + " weeks ahead and extended hourly. 409 when a generated "
					+ "session would overlap one the therapist already has; nothing is stored then.")
	ResponseEntity<StandingView> standing(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody StandingRequest body) {
		NewStanding made = this.sessions.standing(me, clientId, body);
		StandingView view = StandingView.of(made.appointment(), made.sessions());
		return ResponseEntity.created(URI.create("/api/v1/standing-appointments/" + view.id())).body(view);
	}

	@GetMapping("/clients/{clientId}/standing-appointments")
	@Operation(summary = "A linked client's standing appointments with you (therapists)")
	List<StandingView> standingOf(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId) {
		return this.sessions.standingAppointments(me, clientId).stream().map((a) -> StandingView.of(a, null)).toList();
	}

	@GetMapping("/standing-appointments")
	@Operation(summary = "Your standing appointments (clients)")
	List<StandingView> ownStanding(@AuthenticationPrincipal CurrentUser me) {
		me.requireClient();
		return this.sessions.standingAppointments(me, me.id()).stream().map((a) -> StandingView.of(a, null)).toList();
	}

	@DeleteMapping("/standing-appointments/{id}")
	@Operation(summary = "End a standing appointment today (therapists)",
			description = "Its sessions still to come are taken off the calendar; held and cancelled ones stay.")
	Ended endStanding(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return new Ended(this.sessions.endStanding(me, id));
	}

	@PostMapping("/clients/{clientId}/sessions")
	@ProblemResponse(status = 409, description = "It overlaps another of your sessions")
	@Operation(summary = "A one-off session: REGULAR, MAKE_UP or EXTRA (therapists)",
			description = "startsAt is an instant (ISO 8601 with offset); it may lie up to " + Sessions.RECORD_PAST_DAYS
					+ " days in the past to record a session that was held. "
					+ "makeUpFor optionally names the cancelled session this one makes up for. 409 on overlap.")
	ResponseEntity<SessionView> book(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID clientId,
			@RequestBody SessionRequest body) {
		SessionView session = this.sessions.book(me, clientId, body);
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id())).body(session);
	}

	@GetMapping("/sessions")
	@Operation(summary = "Your sessions (as client or therapist)",
			description = "from/to are calendar days in your time zone, both inclusive (instants with offset are "
					+ "accepted too); without them, from today for " + Sessions.WEEKS_AHEAD + " weeks; at most "
					+ Sessions.MAX_DAYS + " days.")
	List<SessionView> list(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return this.sessions.list(me, from, to);
	}

	@GetMapping("/sessions/{id}")
	@Operation(summary = "One of your sessions, with its cancellation ruling if it was cancelled")
	SessionView session(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.session(me, id);
	}

	@GetMapping("/sessions/{id}/cancellation")
	@ProblemResponse(status = 422, description = "The session has already begun")
	@ProblemResponse(status = 409, description = "The session is no longer scheduled (cancelled, missed or held)")
	@Operation(summary = "What cancelling now would mean (nothing is changed)")
	CancellationRuling preview(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.preview(me, id);
	}

	@PostMapping("/sessions/{id}/cancel")
	@ProblemResponse(status = 422, description = "The session has already begun")
	@ProblemResponse(status = 409, description = "The session is no longer scheduled (cancelled, missed or held)")
	@Operation(summary = "Cancel a session that has not begun",
			description = "A client's cancellation is judged by the policy version in force at this moment (late or "
					+ "not, fee, slot held, make-up offered); a therapist's costs nothing and offers a make-up. "
					+ "422 when the session has begun, 409 when it is no longer scheduled.")
	CancellationRuling cancel(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody(required = false) CancelRequest body) {
		return this.sessions.cancel(me, id, (body != null) ? body.reason() : null);
	}

	@PostMapping("/sessions/{id}/attendance")
	@ProblemResponse(status = 409, description = "The session was cancelled or missed: it has no attendance")
	@Operation(summary = "Record the actual start and end (the session's therapist)",
			description = "endedAt may be left out while the session runs; both can be corrected later.")
	SessionView attendance(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody AttendanceRequest body) {
		return this.sessions.attendance(me, id, body.startedAt(), body.endedAt());
	}

	@PostMapping("/sessions/{id}/started")
	@ProblemResponse(status = 409, description = "The session was cancelled or missed: it has no attendance")
	@Operation(summary = "One tap: the session started now (the session's therapist)")
	SessionView started(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.started(me, id);
	}

	@PostMapping("/sessions/{id}/ended")
	@ProblemResponse(status = 409, description = "The session was cancelled or missed: it has no attendance")
	@Operation(summary = "One tap: the session ended now (the session's therapist)")
	SessionView ended(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.ended(me, id);
	}

	@DeleteMapping("/sessions/{id}/taps/last")
	@ProblemResponse(status = 422,
			description = "The last tap was more than five minutes ago; correct the times instead")
	@Operation(summary = "Undo the last tap (started, ended, did not come) within five minutes of it (the session's "
			+ "therapist); the session is as it was before; 404 when there is no tap to undo")
	SessionView undoLastTap(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.undoLastTap(me, id);
	}

	@PostMapping("/sessions/{id}/no-show")
	@ProblemResponse(status = 422, description = "The session has not begun yet")
	@ProblemResponse(status = 409, description = "The session is no longer scheduled (cancelled, missed or held)")
	@Operation(summary = "Record that the client did not come (the session's therapist), judged like a late "
			+ "cancellation by the policy in force when the session began")
	SessionView noShow(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id) {
		return this.sessions.noShow(me, id);
	}

	@PostMapping("/sessions/{id}/running-late")
	@ProblemResponse(status = 422, description = "Outside the half hour before or after the start")
	@ProblemResponse(status = 409, description = "The session is no longer scheduled (cancelled, missed or begun)")
	@Operation(summary = "Say you are running late (the session's therapist)",
			description = "minutes 5, 10, 15, 20 or 30; fullLength whether the session will still have its full "
					+ "length. From 30 minutes before the start until 30 minutes after it (422 outside); said again, "
					+ "it replaces what was said. The client sees it on their home and the session page at once. "
					+ "404 for anyone but the session's therapist.")
	SessionView runningLate(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody RunningLateRequest body) {
		return this.sessions.runningLate(me, id, body.minutes(), body.fullLength());
	}

	@PutMapping("/sessions/{id}/video-link")
	@Operation(summary = "Set or clear the link to your own video service for one session (therapists)")
	SessionView videoLink(@AuthenticationPrincipal CurrentUser me, @PathVariable UUID id,
			@RequestBody VideoLinkRequest body) {
		return this.sessions.videoLink(me, id, body.videoLink());
	}

	@GetMapping("/punctuality")
	@Operation(summary = "How sessions kept their time",
			description = "held sessions; of those with start and end recorded: startedLate (more than 5 minutes), "
					+ "cutShort (more than 5 minutes under their length), minutesLost; startedLateAnnounced (the therapist "
					+ "said they were running late before the start) and startedLateUnannounced, endedEarly (more than "
					+ "5 minutes before the planned end), fullLengthNotKept (said to keep the full length, then cut "
					+ "short). Clients: their own; therapists: " + "one client (clientId) or all their clients.")
	Punctuality punctuality(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) UUID clientId) {
		return this.sessions.punctuality(me, clientId);
	}

	record CancelRequest(String reason) {
	}

	record AttendanceRequest(Instant startedAt, Instant endedAt) {
	}

	record RunningLateRequest(Integer minutes, Boolean fullLength) {
	}

	record VideoLinkRequest(String videoLink) {
	}

	record Ended(int removedSessions) {
	}

	record StandingView(UUID id, UUID clientId, UUID therapistId, DayOfWeek weekday, LocalTime startTime,
			int durationMinutes, int everyWeeks, LocalDate startDate, LocalDate endDate, String timeZone,
			String videoLink, LocalDate generatedUntil, Integer sessionsCreated, List<Instant> firstSessions) {

		static StandingView of(StandingAppointment a, List<SessionView> made) {
			return new StandingView(a.id(), a.clientId(), a.therapistId(), a.weekday(), a.startTime(),
					a.durationMinutes(), a.everyWeeks(), a.startDate(), a.endDate(), a.timeZone().getId(),
					a.videoLink(), a.generatedUntil(), (made != null) ? made.size() : null,
					(made != null) ? made.stream().limit(4).map(SessionView::startsAt).toList() : null);
		}

	}

}
