package org.between.safety;

import java.util.List;

import org.between.accounts.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place other modules turn to when an answer shows risk: it says whether to show
 * the safety screen and which crisis lines go with it. Risk paths (a check-in over the
 * thresholds, PHQ-9 item 9, "I need help now") all lead to {@code /safety/now}.
 */
@Service
public class SafetyNet {

	/** Where every risk path leads: the safety screen. */
	public static final String SAFETY_SCREEN = "/safety/now";

	/** The reason when the person asked for help themselves ("I need help now"). */
	public static final String HELP_REQUESTED = "HELP_REQUESTED";

	private final CrisisLines crisisLines;

	private final ClientCountry country;

	private final SafetyPlanStore plans;

	private final ObjectProvider<RiskAlerts> alerts;

	SafetyNet(CrisisLines crisisLines, ClientCountry country, SafetyPlanStore plans,
			ObjectProvider<RiskAlerts> alerts) {
		this.crisisLines = crisisLines;
		this.country = country;
		this.plans = plans;
		this.alerts = alerts;
	}

	/**
	 * The safety screen's address for a response, naming its reasons so that the screen
	 * can thank the person for saying what they said.
	 */
	public static String screenFor(SafetyResponse response) {
		StringBuilder url = new StringBuilder(SAFETY_SCREEN);
		for (int i = 0; i < response.reasons().size(); i++) {
			url.append((i == 0) ? '?' : '&').append("reason=").append(response.reasons().get(i));
		}
		if (response.therapistAlerted()) {
			url.append(response.reasons().isEmpty() ? '?' : '&').append("alerted=true");
		}
		return url.toString();
	}

	/**
	 * The safety screen's address for a questionnaire answer: the reasons, and the
	 * response id so that the screen can link to the person's result ("See your
	 * answers").
	 */
	public static String screenFor(SafetyResponse response, java.util.UUID responseId) {
		String url = screenFor(response);
		return url + (url.contains("?") ? '&' : '?') + "response=" + responseId;
	}

	/**
	 * Triggered when there is at least one reason (e.g. {@code PHQ9_ITEM_9},
	 * {@code SUICIDAL_THOUGHTS}); then it carries the client's own plan in brief.
	 */
	@Transactional(readOnly = true)
	public SafetyResponse respond(CurrentUser client, List<String> reasons) {
		List<String> copy = List.copyOf(reasons);
		if (copy.isEmpty()) {
			return new SafetyResponse(false, copy, linesFor(client), null);
		}
		SafetyPlan plan = this.plans.latest(client.id()).orElseGet(SafetyPlan::empty);
		return new SafetyResponse(true, copy, linesFor(client), SafetyResponse.PlanSummary.of(plan));
	}

	/**
	 * {@link #respond} for a check-in or questionnaire answer: when it leads to the
	 * safety screen, the therapist is also told by e-mail if the client agreed to that
	 * ({@link RiskAlerts}), inside the caller's transaction, so that the e-mail is queued
	 * exactly when the answer is stored. {@code therapistAlerted} says whether they were.
	 */
	@Transactional
	public SafetyResponse respondToAnswer(CurrentUser client, List<String> reasons) {
		SafetyResponse response = respond(client, reasons);
		if (!response.triggered()) {
			return response;
		}
		RiskAlerts riskAlerts = this.alerts.getIfAvailable();
		return response.alerted(riskAlerts != null && riskAlerts.alert(client.id(), response.reasons()));
	}

	/**
	 * Whether the client's therapist was told a moment ago, so that the safety screen
	 * says so only when it is true (its address alone could be typed by anyone).
	 */
	@Transactional(readOnly = true)
	public boolean therapistAlerted(CurrentUser client) {
		RiskAlerts riskAlerts = this.alerts.getIfAvailable();
		return client.isClient() && riskAlerts != null && riskAlerts.alertedRecently(client.id());
	}

	/**
	 * The crisis lines of the person's country, the emergency number first; for a country
	 * we have none for, the one entry "call your local emergency number".
	 */
	public List<CrisisLine> linesFor(CurrentUser client) {
		return linesFor(countryOf(client));
	}

	/**
	 * The country whose lines the person sees (ISO 3166 alpha-2), e.g. for the hidden
	 * {@code country} of the risk forms: a form posted after the sign-in ended still
	 * shows the right lines.
	 */
	public String countryOf(CurrentUser client) {
		return this.country.of(client);
	}

	/**
	 * The crisis lines of a country, the emergency number first; the fallback when
	 * unknown.
	 */
	public List<CrisisLine> linesFor(String country) {
		CountryLines lines = this.crisisLines.forCountry(country);
		if (!lines.known()) {
			return List.of(CrisisLines.LOCAL_EMERGENCY);
		}
		return lines.lines();
	}

}
