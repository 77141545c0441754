package org.between.safety;

import java.util.regex.Matcher;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Someone on the safety plan: a person to ask or a professional, with a number to call. A
 * number may end in an extension (a comma, a semicolon, "ext", "x" or "#" and digits: a
 * therapist's office line often has one).
 */
public record Contact(@NotBlank @Size(max = 100) String name,
		@Size(max = 40) @Pattern(regexp = Contact.PHONE, message = "{safety.phone.format}") String phone) {

	/**
	 * What a number may be: digits and the marks people write them with, then an
	 * extension.
	 */
	public static final String PHONE = "[0-9+()\\-./ ]*(?:\\s*(?:,|;|#|(?i:ext\\.?|x))\\s*[0-9]+)?";

	private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern
		.compile("(?i)\\s*(?:,|;|#|ext\\.?|x)\\s*([0-9]+)$");

	/**
	 * A {@code tel:} link with only the digits, or null when there is no number. An
	 * extension follows a comma, the pause every phone's dialler understands.
	 */
	@JsonIgnore
	public String phoneHref() {
		if (this.phone == null || this.phone.isBlank()) {
			return null;
		}
		String number = this.phone.strip();
		Matcher extension = EXTENSION.matcher(number);
		if (extension.find()) {
			return "tel:" + digits(number.substring(0, extension.start())) + "," + extension.group(1);
		}
		return "tel:" + digits(number);
	}

	private static String digits(String number) {
		return number.replaceAll("[^0-9+]", "");
	}

	/** An {@code sms:} link to text this person, or null when there is no number. */
	@JsonIgnore
	public String textHref() {
		String tel = phoneHref();
		return (tel == null) ? null : "sms:" + tel.substring("tel:".length());
	}

	/** Name and number on one line, as a change to the plan is shown. */
	String line() {
		return (this.phone == null || this.phone.isBlank()) ? this.name : this.name + ", " + this.phone;
	}

}
