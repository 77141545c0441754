package org.between.accounts.web;

import org.between.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * Puts a domain rule's refusal next to the field it is about, as bean validation does.
 */
final class FormErrors {

	private FormErrors() {
	}

	static void add(BindingResult result, InvalidInputException ex) {
		ex.problems().forEach((p) -> result.rejectValue(p.field(), p.messageKey()));
	}

}
