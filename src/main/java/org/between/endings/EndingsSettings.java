package org.between.endings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code between.endings.*} (an operator's settings, API.md "endings").
 *
 * @param noticeDays a planned last session is at least this many days after the day it is
 * proposed (in the therapist's zone)
 * @param noticeSessions and at least this many sessions come up to and including it
 * @param closeCron when the job runs that ends the links of endings whose last session is
 * over (it also runs on each recorded session); {@code -} never
 */
@ConfigurationProperties("between.endings")
@Validated
record EndingsSettings(@DefaultValue("28") @Min(0) @Max(365) int noticeDays,
		@DefaultValue("4") @Min(0) @Max(52) int noticeSessions, @DefaultValue("0 37 * * * *") String closeCron) {
}
