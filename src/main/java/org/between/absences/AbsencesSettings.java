package org.between.absences;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code between.absences.*} (an operator's settings, API.md "sessions and frame").
 *
 * @param noticeDays how many days ahead time away must be announced unless it is an
 * emergency: its first day is at least today + this many days (in the therapist's zone)
 */
@ConfigurationProperties("between.absences")
@Validated
record AbsencesSettings(@DefaultValue("14") @Min(0) @Max(365) int noticeDays) {
}
