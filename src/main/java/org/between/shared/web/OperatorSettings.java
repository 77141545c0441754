package org.between.shared.web;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code between.operator.*}: who runs this copy of Between, shown on {@code /privacy}
 * and {@code /about}. Left empty, the pages say that the operator has not filled this in
 * rather than inventing anyone.
 *
 * @param name the person or organisation responsible for the data (the controller), e.g.
 * "Praxis Dr. Muster, Hauptstraße 1, 10115 Berlin"
 * @param contact where people write about their data: an e-mail address (shown as a link)
 * or a postal address
 */
@ConfigurationProperties("between.operator")
record OperatorSettings(String name, String contact) {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	Optional<String> operatorName() {
		return present(this.name);
	}

	Optional<String> operatorContact() {
		return present(this.contact);
	}

	/** True when the contact is one e-mail address, so the page can link it. */
	boolean contactIsEmail() {
		return operatorContact().map((value) -> EMAIL.matcher(value).matches()).orElse(false);
	}

	private static Optional<String> present(String value) {
		return Optional.ofNullable(value).map(String::strip).filter((text) -> !text.isEmpty());
	}

}
