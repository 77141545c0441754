package org.between.policy;

import java.time.Instant;
import java.time.LocalDate;

/** The answer to publishing a version: its number and when it takes effect. */
public record PolicyPublished(int version, LocalDate effectiveFrom,
		Instant effectiveAt) implements java.io.Serializable {

}
