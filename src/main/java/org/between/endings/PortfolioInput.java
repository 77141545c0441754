package org.between.endings;

import java.util.List;

/**
 * What the client writes in their portfolio (API.md "endings"): each list one entry a
 * line, {@code howToComeBack} one text. {@code shareWithTherapist} (null: false) lets the
 * therapist they are linked with now read it. A null list is an empty one.
 */
public record PortfolioInput(List<String> skillsThatWork, List<String> insights, List<String> relapseSigns,
		List<String> whatToDo, String howToComeBack, Boolean shareWithTherapist) {

	boolean shares() {
		return Boolean.TRUE.equals(this.shareWithTherapist);
	}

}
