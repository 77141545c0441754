package org.between.safety;

import java.util.List;

import org.between.shared.InputProblems;

/**
 * The limits of a safety plan, as the form and the API document them: at most 20 entries
 * a step of at most 500 characters; a contact has a name of at most 100 characters and a
 * number of at most 40 of {@code 0-9 + ( ) - . /} and spaces, perhaps with an extension
 * ({@link Contact#PHONE}); a crisis country is two letters; a therapist's note at most
 * 2000 characters. Pure rules.
 */
final class PlanLimits {

	static final int MAX_ENTRIES = 20;

	static final int MAX_ENTRY = 500;

	static final int MAX_NAME = 100;

	static final int MAX_PHONE = 40;

	static final int MAX_NOTE = 2000;

	private PlanLimits() {
	}

	/** Every step of a plan (the client's or a proposal) in the order of the plan. */
	static void steps(InputProblems problems, List<String> warningSigns, List<String> copingStrategies,
			List<String> distractions, List<Contact> peopleToAsk, List<Contact> professionals,
			List<String> environmentSafety, List<String> reasonsForLiving) {
		texts(problems, "warningSigns", warningSigns);
		texts(problems, "copingStrategies", copingStrategies);
		texts(problems, "distractions", distractions);
		contacts(problems, "peopleToAsk", peopleToAsk);
		contacts(problems, "professionals", professionals);
		texts(problems, "environmentSafety", environmentSafety);
		texts(problems, "reasonsForLiving", reasonsForLiving);
	}

	/** An absent list is an empty step. */
	static void texts(InputProblems problems, String step, List<String> entries) {
		if (entries == null) {
			return;
		}
		problems.require(entries.size() <= MAX_ENTRIES, step, "safety.step.tooLong");
		for (int i = 0; i < entries.size(); i++) {
			String entry = entries.get(i);
			problems.require(entry != null && entry.length() <= MAX_ENTRY, step + "[" + i + "]", "safety.step.tooLong");
		}
	}

	static void contacts(InputProblems problems, String step, List<Contact> contacts) {
		if (contacts == null) {
			return;
		}
		problems.require(contacts.size() <= MAX_ENTRIES, step, "safety.step.tooLong");
		for (int i = 0; i < contacts.size(); i++) {
			Contact contact = contacts.get(i);
			String at = step + "[" + i + "]";
			if (contact == null || contact.name() == null || contact.name().isBlank()) {
				problems.add(at + ".name", "safety.contact.nameMissing");
			}
			else {
				problems.require(contact.name().length() <= MAX_NAME, at + ".name", "safety.contact.nameTooLong");
			}
			String phone = (contact != null) ? contact.phone() : null;
			problems.require(phone == null || (phone.length() <= MAX_PHONE && phone.matches(Contact.PHONE)),
					at + ".phone", "safety.phone.format");
		}
	}

	static void country(InputProblems problems, String country) {
		problems.require(country == null || country.matches("[A-Za-z]{2}"), "crisisCountry", "safety.country.format");
	}

	static void note(InputProblems problems, String note) {
		problems.require(note == null || note.length() <= MAX_NOTE, "note", "safety.proposal.noteTooLong");
	}

}
