package org.between.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code between.safety.suicidal-thoughts-threshold} and
 * {@code between.safety.self-harm-threshold}: the urge ratings (1–5) from which a
 * check-in leads to the safety screen. They live under {@code between.safety} because
 * API.md names them so; the safety module's own settings ({@code SafetySettings}) bind
 * the other keys of that prefix. A threshold of 0 would send every check-in to the safety
 * screen and one above 5 none, so both are refused at start-up.
 *
 * @param suicidalThoughtsThreshold {@code SUICIDAL_THOUGHTS} at or above this triggers
 * @param selfHarmThreshold {@code SELF_HARM} at or above this triggers
 */
@ConfigurationProperties("between.safety")
@Validated
record RiskThresholds(@DefaultValue("1") @Min(1) @Max(Urge.MAX) int suicidalThoughtsThreshold,
		@DefaultValue("3") @Min(1) @Max(Urge.MAX) int selfHarmThreshold) {
}
