package org.between.contact;

import java.time.Duration;
import java.time.Instant;

/**
 * When the therapist has promised to answer a message: {@code responseTimeHours} of
 * reading time after it was sent, counted only inside the agreed {@link ReadingHours}.
 * <p>
 * Why only reading time: the therapist promises to answer within so many hours of the
 * time they read messages, not of the clock. Counted on the clock, a message sent on a
 * Friday evening with "24 hours" would be due on Saturday, a promise the therapist never
 * made and cannot keep — and a client waiting for it would feel let down by a rule nobody
 * broke. Counted in reading hours, the same message is due on Tuesday afternoon, which
 * the client can see the moment they send it. Hours are real elapsed hours inside each
 * window in the therapist's zone, so a window that spans a daylight-saving change is one
 * hour shorter or longer, as it is for the therapist.
 */
public record ResponseDeadline(ReadingHours readingHours, int responseTimeHours) {

	public ResponseDeadline {
		if (readingHours == null || responseTimeHours < 1) {
			throw new IllegalArgumentException("a deadline needs reading hours and at least one hour");
		}
	}

	/** The moment the answer is due for a message sent at {@code sentAt}. */
	public Instant respondBy(Instant sentAt) {
		Duration left = Duration.ofHours(this.responseTimeHours);
		Instant cursor = this.readingHours.nextReadingStart(sentAt);
		while (true) {
			Instant windowEnd = this.readingHours.windowEnd(cursor);
			Duration inWindow = Duration.between(cursor, windowEnd);
			if (left.compareTo(inWindow) <= 0) {
				return cursor.plus(left);
			}
			left = left.minus(inWindow);
			cursor = this.readingHours.nextReadingStart(windowEnd);
		}
	}

	/** When a message sent at {@code sentAt} can first be read. */
	public Instant nextReadingStart(Instant sentAt) {
		return this.readingHours.nextReadingStart(sentAt);
	}

	/** Whether a message sent at {@code at} falls inside the reading hours. */
	public boolean isReadingTime(Instant at) {
		return this.readingHours.isReadingTime(at);
	}

}
