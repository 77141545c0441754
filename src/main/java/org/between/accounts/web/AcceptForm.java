package org.between.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A client typing the invitation code their therapist gave them. */
record AcceptForm(@NotBlank @Size(max = 40) String code) {
}
