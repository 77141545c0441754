package org.between.safety;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who wrote a version of the safety plan: the client ({@code CLIENT}, no name), or their
 * therapist ({@code THERAPIST} with the therapist's name) when the client accepted the
 * therapist's proposed changes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WrittenBy(String role, String name) {

	static final WrittenBy CLIENT = new WrittenBy("CLIENT", null);

	static WrittenBy therapist(String name) {
		return new WrittenBy("THERAPIST", name);
	}

	@JsonIgnore
	public boolean therapist() {
		return "THERAPIST".equals(this.role);
	}

}
