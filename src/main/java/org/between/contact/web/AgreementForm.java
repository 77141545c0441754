package org.between.contact.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.between.contact.AgreementInput;
import org.between.contact.AgreementInput.ReadingHoursInput;
import org.between.contact.ContactAgreement;
import org.between.contact.ContactCategory;
import org.between.contact.ReadingHours;
import org.between.shared.InputProblems;

/**
 * The therapist's form for a proposal: plain text fields, so that a wrong number or day
 * is a clear field problem rather than a binding error. Starts from the agreement in
 * force, if there is one.
 */
public class AgreementForm {

	/** The facade's names of the reading hours' fields → this form's. */
	static final Map<String, String> RENAMES = Map.of("readingHours.days", "readingDays", "readingHours.from",
			"readingFrom", "readingHours.to", "readingTo");

	/** A first agreement's review date: in six months. */
	static final int REVIEW_MONTHS = 6;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private List<String> allowedCategories = new ArrayList<>(List.of(ContactCategory.SCHEDULING.name()));

	private String responseTimeHours = "48";

	private List<String> readingDays = new ArrayList<>(ReadingHours.WEEKDAYS.stream().map(Enum::name).toList());

	private String readingFrom = TIME.format(ReadingHours.DEFAULT_FROM);

	private String readingTo = TIME.format(ReadingHours.DEFAULT_TO);

	private String crisisInstructions = "";

	private String duringAbsences = "";

	private String reviewDate = "";

	private boolean riskEmailAlerts;

	/**
	 * The form filled from the agreement in force; a review date in the past moves on.
	 */
	static AgreementForm of(ContactAgreement active, LocalDate today) {
		AgreementForm form = new AgreementForm();
		form.reviewDate = today.plusMonths(REVIEW_MONTHS).toString();
		if (active == null) {
			return form;
		}
		form.allowedCategories = new ArrayList<>(active.allowedCategories().stream().map(Enum::name).toList());
		form.responseTimeHours = Integer.toString(active.responseTimeHours());
		form.readingDays = new ArrayList<>(active.readingHours().days().stream().map(Enum::name).toList());
		form.readingFrom = TIME.format(active.readingHours().from());
		form.readingTo = TIME.format(active.readingHours().to());
		form.crisisInstructions = active.crisisInstructions();
		form.duringAbsences = (active.duringAbsences() != null) ? active.duringAbsences() : "";
		if (active.reviewDate() != null && active.reviewDate().isAfter(today)) {
			form.reviewDate = active.reviewDate().toString();
		}
		form.riskEmailAlerts = active.riskEmailAlerts();
		return form;
	}

	/**
	 * The proposal as the facade takes it; a number or a date that is not one is refused
	 * here.
	 */
	AgreementInput toInput() {
		InputProblems problems = new InputProblems();
		Integer hours = null;
		try {
			hours = Integer.valueOf(this.responseTimeHours.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			problems.add("responseTimeHours", "contact.agreement.responseTime.range");
		}
		LocalDate review = null;
		if (this.reviewDate != null && !this.reviewDate.isBlank()) {
			try {
				review = LocalDate.parse(this.reviewDate.strip());
			}
			catch (DateTimeParseException ex) {
				problems.add("reviewDate", "contact.agreement.review.invalid");
			}
		}
		problems.throwIfAny();
		// No box ticked sends nothing: no categories, and no days (which the facade
		// refuses).
		return new AgreementInput(List.copyOf(this.allowedCategories), hours,
				new ReadingHoursInput(List.copyOf(this.readingDays), this.readingFrom, this.readingTo),
				this.crisisInstructions, this.duringAbsences, review, this.riskEmailAlerts);
	}

	public List<String> getAllowedCategories() {
		return this.allowedCategories;
	}

	public void setAllowedCategories(List<String> allowedCategories) {
		this.allowedCategories = (allowedCategories != null) ? allowedCategories : new ArrayList<>();
	}

	public String getResponseTimeHours() {
		return this.responseTimeHours;
	}

	public void setResponseTimeHours(String responseTimeHours) {
		this.responseTimeHours = responseTimeHours;
	}

	public List<String> getReadingDays() {
		return this.readingDays;
	}

	public void setReadingDays(List<String> readingDays) {
		this.readingDays = (readingDays != null) ? readingDays : new ArrayList<>();
	}

	public String getReadingFrom() {
		return this.readingFrom;
	}

	public void setReadingFrom(String readingFrom) {
		this.readingFrom = readingFrom;
	}

	public String getReadingTo() {
		return this.readingTo;
	}

	public void setReadingTo(String readingTo) {
		this.readingTo = readingTo;
	}

	public String getCrisisInstructions() {
		return this.crisisInstructions;
	}

	public void setCrisisInstructions(String crisisInstructions) {
		this.crisisInstructions = crisisInstructions;
	}

	public String getDuringAbsences() {
		return this.duringAbsences;
	}

	public void setDuringAbsences(String duringAbsences) {
		this.duringAbsences = duringAbsences;
	}

	public String getReviewDate() {
		return this.reviewDate;
	}

	public void setReviewDate(String reviewDate) {
		this.reviewDate = reviewDate;
	}

	public boolean isRiskEmailAlerts() {
		return this.riskEmailAlerts;
	}

	public void setRiskEmailAlerts(boolean riskEmailAlerts) {
		this.riskEmailAlerts = riskEmailAlerts;
	}

}
