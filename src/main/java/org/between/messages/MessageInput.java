package org.between.messages;

import jakarta.validation.constraints.Size;

/**
 * A message as the client writes it: a category of the contact agreement and the text (1
 * to {@link Messages#MAX_BODY} characters, kept exactly as written). The facade checks
 * both and answers 400 naming every bad field.
 */
public record MessageInput(String category, @Size(max = Messages.MAX_BODY) String body) {
}
