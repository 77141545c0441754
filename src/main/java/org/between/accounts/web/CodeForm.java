package org.between.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A six-digit code from an authenticator app. */
record CodeForm(@NotBlank @Size(max = 12) String code) {
}
