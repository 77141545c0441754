package org.between.journal;

import java.time.Instant;
import java.util.UUID;

/** One time the client's therapist opened a shared entry. */
public record EntryRead(UUID readerId, String readerName, Instant at) {
}
