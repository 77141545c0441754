package org.between.absences.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.between.absences.BreakPlan;
import org.between.absences.BreakPlanInput;
import org.between.safety.Contact;

/**
 * The break plan form on {@code /absences/{id}/plan}: ticked skill ids, a fixed number of
 * people rows (so that adding one works without JavaScript: empty rows are left out), the
 * client's note and the two sharing choices. A skill id that is not one is kept as given,
 * so that the facade names it.
 */
public class PlanForm {

	/** Rows shown beyond those filled in, up to the limit of ten. */
	static final int EMPTY_ROWS = 2;

	static final int MAX_ROWS = 10;

	private List<String> skills = new ArrayList<>();

	private List<PersonRow> people = new ArrayList<>();

	private String note = "";

	private boolean shareWithCover;

	private boolean shareWithTherapist;

	/** The form as the saved plan fills it, with empty rows to add people. */
	static PlanForm of(BreakPlan plan) {
		PlanForm form = new PlanForm();
		form.skills = new ArrayList<>(plan.skillIds().stream().map(UUID::toString).toList());
		plan.people().forEach((c) -> form.people.add(new PersonRow(c.name(), c.phone())));
		form.note = (plan.note() != null) ? plan.note() : "";
		form.shareWithCover = plan.shareWithCover();
		form.shareWithTherapist = plan.shareWithTherapist();
		return form.withEmptyRows();
	}

	/** Adds empty rows after the filled ones, at least three rows, at most ten. */
	PlanForm withEmptyRows() {
		long filled = this.people.stream().filter((p) -> !p.isEmpty()).count();
		int wanted = (int) Math.min(MAX_ROWS, Math.max(3, filled + EMPTY_ROWS));
		while (this.people.size() < wanted) {
			this.people.add(new PersonRow("", ""));
		}
		return this;
	}

	BreakPlanInput toInput() {
		return new BreakPlanInput(this.skills.stream().map(PlanForm::id).toList(),
				this.people.stream().map((p) -> new Contact(p.getName(), p.getPhone())).toList(), this.note,
				this.shareWithCover, this.shareWithTherapist);
	}

	/** A skill id; a broken one becomes an id no toolbox has, which the facade names. */
	private static UUID id(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return new UUID(0, 0);
		}
	}

	public List<String> getSkills() {
		return this.skills;
	}

	public void setSkills(List<String> skills) {
		this.skills = (skills != null) ? skills : new ArrayList<>();
	}

	public List<PersonRow> getPeople() {
		return this.people;
	}

	public void setPeople(List<PersonRow> people) {
		this.people = (people != null) ? people : new ArrayList<>();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public boolean isShareWithCover() {
		return this.shareWithCover;
	}

	public void setShareWithCover(boolean shareWithCover) {
		this.shareWithCover = shareWithCover;
	}

	public boolean isShareWithTherapist() {
		return this.shareWithTherapist;
	}

	public void setShareWithTherapist(boolean shareWithTherapist) {
		this.shareWithTherapist = shareWithTherapist;
	}

	/** One person on the plan: a name and a number. */
	public static class PersonRow {

		private String name = "";

		private String phone = "";

		public PersonRow() {
		}

		PersonRow(String name, String phone) {
			this.name = (name != null) ? name : "";
			this.phone = (phone != null) ? phone : "";
		}

		boolean isEmpty() {
			return this.name.isBlank() && this.phone.isBlank();
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = (name != null) ? name : "";
		}

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = (phone != null) ? phone : "";
		}

	}

}
