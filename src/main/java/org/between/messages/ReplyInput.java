package org.between.messages;

import jakarta.validation.constraints.Size;

/** A reply in a thread (1 to {@link Messages#MAX_BODY} characters). */
public record ReplyInput(@Size(max = Messages.MAX_BODY) String body) {
}
