package org.between.policy;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A therapist's policy as one side sees it: the version in force, the versions still to
 * come (soonest first) and the earlier ones (newest first). For a client also what they
 * acknowledged and their own fee, if one was agreed ({@code fee}: in force now;
 * {@code upcomingFees}: set to start later); these are left out for the therapist.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyOverview(UUID therapistId, String therapistName, PolicyVersion current,
		List<PolicyVersion> upcoming, List<PolicyVersion> history, List<Acknowledgement> acknowledgements,
		ClientFee fee, List<ClientFee> upcomingFees) {

	/** Whether the client acknowledged this version. */
	public boolean acknowledged(int version) {
		return this.acknowledgements != null && this.acknowledgements.stream().anyMatch((a) -> a.version() == version);
	}

}
