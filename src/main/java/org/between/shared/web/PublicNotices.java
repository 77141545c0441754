package org.between.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The two statements a person (and a clinic) must be able to read before using Between:
 * {@code /privacy}, the privacy notice, and {@code /about}, the intended purpose. Public,
 * plain HTML, linked from sign-up and every footer. They describe the whole product, not
 * one capability, so they live here next to the layout and the error pages rather than in
 * a module; they read nothing but the operator's settings, so they need no database.
 * <p>
 * Every sentence of the privacy notice must be true of the code: a change to what a
 * module stores, encrypts or shows the therapist changes {@code privacy.*} in
 * messages.properties too.
 */
@Controller
class PublicNotices {

	private final OperatorSettings operator;

	PublicNotices(OperatorSettings operator) {
		this.operator = operator;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		addOperator(model);
		return "shared/privacy";
	}

	@GetMapping("/about")
	String about(Model model) {
		addOperator(model);
		return "shared/about";
	}

	private void addOperator(Model model) {
		model.addAttribute("operatorName", this.operator.operatorName().orElse(null));
		model.addAttribute("operatorContact", this.operator.operatorContact().orElse(null));
		model.addAttribute("operatorContactIsEmail", this.operator.contactIsEmail());
	}

}
