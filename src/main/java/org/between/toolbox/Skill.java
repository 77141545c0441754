package org.between.toolbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A skill as the client sees it (API.md "toolbox"): built-in or their own. An own skill
 * their therapist added has {@code fromTherapist} and perhaps a suggested {@code rhythm};
 * {@code tool} is the pacer, timer or reach-out list a built-in skill offers (else null).
 * {@code createdAt} is null for built-in skills.
 */
public record Skill(UUID id, String name, boolean builtIn, List<String> steps, List<Situation> tags,
		boolean fromTherapist, String rhythm, Tool tool, Instant createdAt) {

	/** The client may remove their own skills, including those from their therapist. */
	public boolean removable() {
		return !this.builtIn;
	}

}
