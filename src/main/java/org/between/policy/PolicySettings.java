package org.between.policy;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code between.policy.*} (an operator's settings, API.md "sessions and frame"). The old
 * name {@code between.frame.policy-notice-days} is still read (deprecated).
 *
 * @param noticeDays how many days ahead a new practice policy version (or a higher fee
 * for one client) must be announced; changes wholly in the client's favour may take
 * effect at once
 */
@ConfigurationProperties("between.policy")
@Validated
public record PolicySettings(@DefaultValue("30") @Min(0) @Max(365) int noticeDays) {
}
