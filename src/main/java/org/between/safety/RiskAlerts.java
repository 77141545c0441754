package org.between.safety;

import java.util.List;
import java.util.UUID;

/**
 * What {@link SafetyNet} asks when a check-in or questionnaire answer leads to the safety
 * screen: whether the client's therapist is told by e-mail. The safety module decides
 * what is a risk; whether anyone is told is agreed elsewhere (the contact agreement), so
 * the module that keeps that agreement implements this and {@code safety} does not depend
 * on it. Without an implementation nobody is told.
 */
public interface RiskAlerts {

	/**
	 * Tells the client's therapist, if the client agreed to it, that something in Between
	 * needs their attention, inside the caller's transaction (the e-mail exists exactly
	 * when the answer does).
	 * @param clientId the client whose answer showed risk
	 * @param reasons why (e.g. {@code SUICIDAL_THOUGHTS}); never put into the e-mail
	 * @return true when the therapist has been told: just now, or by an alert a moment
	 * ago that a cap holds this one back for; false when nothing was agreed
	 */
	boolean alert(UUID clientId, List<String> reasons);

	/**
	 * Whether the therapist was told about this client a moment ago, so that the safety
	 * screen says so only when it is true.
	 */
	boolean alertedRecently(UUID clientId);

}
