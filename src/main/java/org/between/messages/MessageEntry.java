package org.between.messages;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a thread: who wrote it, the text, when, and when the other side first
 * opened the thread after it ({@code readAt}, null until then).
 */
public record MessageEntry(UUID id, Author author, String body, Instant sentAt, Instant readAt) {
}
