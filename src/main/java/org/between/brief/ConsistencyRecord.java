package org.between.brief;

import java.time.Instant;
import java.util.List;

import org.between.brief.ConsistencyPart.Section;

/**
 * A therapist's own consistency record over {@code months} months ending now
 * ({@code from} inclusive, {@code to} exclusive): the sections of every
 * {@link ConsistencyPart}.
 */
public record ConsistencyRecord(int months, Instant from, Instant to, List<Section> sections) {
}
