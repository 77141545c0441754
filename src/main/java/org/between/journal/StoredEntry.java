package org.between.journal;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code journal_entry}, decrypted; never leaves the module. */
record StoredEntry(UUID id, UUID clientId, long keyId, String title, String body, Integer intensity,
		boolean bringToSession, boolean shareWithTherapist, Instant sharedAt, Instant createdAt, Instant updatedAt) {

	JournalEntry view() {
		return new JournalEntry(this.id, this.title, this.body, this.intensity, this.bringToSession,
				this.shareWithTherapist, this.createdAt, this.updatedAt);
	}

	SharedEntrySummary summary() {
		return new SharedEntrySummary(this.id, this.title, this.intensity, this.bringToSession, this.createdAt,
				this.updatedAt);
	}

	AgendaItem agendaItem() {
		return new AgendaItem(this.id, this.createdAt, this.intensity, this.shareWithTherapist,
				this.shareWithTherapist ? this.title : null);
	}

	/** Does the title or body contain the (lower-case) query? */
	boolean matches(String lowerCaseQuery) {
		return contains(this.body, lowerCaseQuery) || contains(this.title, lowerCaseQuery);
	}

	private static boolean contains(String text, String lowerCaseQuery) {
		return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(lowerCaseQuery);
	}

}
