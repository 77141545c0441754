package org.between.safety.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.between.safety.Contact;
import org.between.safety.ProposedPlan;
import org.between.safety.SafetyPlan;
import org.between.safety.SafetyPlanInput;

/**
 * The safety plan as an HTML form that works without JavaScript: each step is a text area
 * with one entry per line, people and professionals are rows of name and number (two
 * empty rows to add more).
 */
public class SafetyPlanForm {

	static final int EMPTY_ROWS = 2;

	static final int MAX_ROWS = 20;

	private String warningSigns = "";

	private String copingStrategies = "";

	private String distractions = "";

	private List<ContactRow> peopleToAsk = new ArrayList<>();

	private List<ContactRow> professionals = new ArrayList<>();

	private String environmentSafety = "";

	private String reasonsForLiving = "";

	private boolean sharedWithTherapist;

	private String crisisCountry = "";

	/**
	 * The therapist's note to the client when proposing changes (not part of the plan).
	 */
	private String note = "";

	static SafetyPlanForm of(SafetyPlan plan) {
		SafetyPlanForm form = new SafetyPlanForm();
		form.warningSigns = String.join("\n", plan.warningSigns());
		form.copingStrategies = String.join("\n", plan.copingStrategies());
		form.distractions = String.join("\n", plan.distractions());
		form.peopleToAsk = rows(plan.peopleToAsk());
		form.professionals = rows(plan.professionals());
		form.environmentSafety = String.join("\n", plan.environmentSafety());
		form.reasonsForLiving = String.join("\n", plan.reasonsForLiving());
		form.sharedWithTherapist = plan.sharedWithTherapist();
		form.crisisCountry = (plan.crisisCountry() != null) ? plan.crisisCountry() : "";
		return form;
	}

	SafetyPlanInput toInput() {
		return new SafetyPlanInput(lines(this.warningSigns), lines(this.copingStrategies), lines(this.distractions),
				contacts(this.peopleToAsk), contacts(this.professionals), lines(this.environmentSafety),
				lines(this.reasonsForLiving), this.sharedWithTherapist,
				(this.crisisCountry == null || this.crisisCountry.isBlank()) ? null : this.crisisCountry);
	}

	/** The form as the therapist's proposal: the steps and the note. */
	ProposedPlan toProposal() {
		SafetyPlanInput steps = toInput();
		return new ProposedPlan(steps.warningSigns(), steps.copingStrategies(), steps.distractions(),
				steps.peopleToAsk(), steps.professionals(), steps.environmentSafety(), steps.reasonsForLiving(),
				this.note);
	}

	/** Keeps two empty rows after what the person typed, so they can add someone. */
	void padRows() {
		this.peopleToAsk = pad(this.peopleToAsk);
		this.professionals = pad(this.professionals);
	}

	private static List<ContactRow> rows(List<Contact> contacts) {
		List<ContactRow> rows = new ArrayList<>();
		contacts.forEach((c) -> rows.add(new ContactRow(c.name(), c.phone())));
		return pad(rows);
	}

	private static List<ContactRow> pad(List<ContactRow> rows) {
		List<ContactRow> padded = new ArrayList<>(rows.stream().filter((r) -> !r.isBlank()).toList());
		for (int i = 0; i < EMPTY_ROWS && padded.size() < MAX_ROWS; i++) {
			padded.add(new ContactRow("", ""));
		}
		return padded;
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of()
				: Arrays.stream(text.split("\\R")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static List<Contact> contacts(List<ContactRow> rows) {
		return (rows == null) ? List.of()
				: rows.stream().filter((r) -> !r.isBlank()).map((r) -> new Contact(r.getName(), r.getPhone())).toList();
	}

	public String getWarningSigns() {
		return this.warningSigns;
	}

	public void setWarningSigns(String warningSigns) {
		this.warningSigns = warningSigns;
	}

	public String getCopingStrategies() {
		return this.copingStrategies;
	}

	public void setCopingStrategies(String copingStrategies) {
		this.copingStrategies = copingStrategies;
	}

	public String getDistractions() {
		return this.distractions;
	}

	public void setDistractions(String distractions) {
		this.distractions = distractions;
	}

	public List<ContactRow> getPeopleToAsk() {
		return this.peopleToAsk;
	}

	public void setPeopleToAsk(List<ContactRow> peopleToAsk) {
		this.peopleToAsk = peopleToAsk;
	}

	public List<ContactRow> getProfessionals() {
		return this.professionals;
	}

	public void setProfessionals(List<ContactRow> professionals) {
		this.professionals = professionals;
	}

	public String getEnvironmentSafety() {
		return this.environmentSafety;
	}

	public void setEnvironmentSafety(String environmentSafety) {
		this.environmentSafety = environmentSafety;
	}

	public String getReasonsForLiving() {
		return this.reasonsForLiving;
	}

	public void setReasonsForLiving(String reasonsForLiving) {
		this.reasonsForLiving = reasonsForLiving;
	}

	public boolean isSharedWithTherapist() {
		return this.sharedWithTherapist;
	}

	public void setSharedWithTherapist(boolean sharedWithTherapist) {
		this.sharedWithTherapist = sharedWithTherapist;
	}

	public String getCrisisCountry() {
		return this.crisisCountry;
	}

	public void setCrisisCountry(String crisisCountry) {
		this.crisisCountry = crisisCountry;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	/** One row of name and phone number. */
	public static class ContactRow {

		private String name = "";

		private String phone = "";

		public ContactRow() {
		}

		ContactRow(String name, String phone) {
			this.name = (name != null) ? name : "";
			this.phone = (phone != null) ? phone : "";
		}

		boolean isBlank() {
			return (this.name == null || this.name.isBlank()) && (this.phone == null || this.phone.isBlank());
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

}
