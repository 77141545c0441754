package org.between.frame;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code between.frame.*} (an operator's settings, API.md "sessions and frame").
 *
 * @param policyNoticeDays how many days ahead a new practice policy version (or a higher
 * fee for one client) must be announced; changes wholly in the client's favour may take
 * effect at once
 */
@ConfigurationProperties("between.frame")
@Validated
public record FrameSettings(@DefaultValue("30") @Min(0) @Max(365) int policyNoticeDays) {
}
