package org.between.endings.web;

import java.util.Arrays;
import java.util.List;

import org.between.endings.Portfolio;
import org.between.endings.PortfolioInput;

/**
 * The portfolio form on {@code /ending/portfolio}: one text area a section, one entry a
 * line (as the safety plan's steps), "how to come back" as it is written, and the choice
 * to let the therapist read it.
 */
public class PortfolioForm {

	private String skillsThatWork = "";

	private String insights = "";

	private String relapseSigns = "";

	private String whatToDo = "";

	private String howToComeBack = "";

	private boolean shareWithTherapist;

	static PortfolioForm of(Portfolio p) {
		PortfolioForm form = new PortfolioForm();
		form.skillsThatWork = String.join("\n", p.skillsThatWork());
		form.insights = String.join("\n", p.insights());
		form.relapseSigns = String.join("\n", p.relapseSigns());
		form.whatToDo = String.join("\n", p.whatToDo());
		form.howToComeBack = (p.howToComeBack() != null) ? p.howToComeBack() : "";
		form.shareWithTherapist = p.shareWithTherapist();
		return form;
	}

	PortfolioInput toInput() {
		return new PortfolioInput(lines(this.skillsThatWork), lines(this.insights), lines(this.relapseSigns),
				lines(this.whatToDo), this.howToComeBack, this.shareWithTherapist);
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : Arrays.stream(text.split("\\R")).toList();
	}

	public String getSkillsThatWork() {
		return this.skillsThatWork;
	}

	public void setSkillsThatWork(String skillsThatWork) {
		this.skillsThatWork = skillsThatWork;
	}

	public String getInsights() {
		return this.insights;
	}

	public void setInsights(String insights) {
		this.insights = insights;
	}

	public String getRelapseSigns() {
		return this.relapseSigns;
	}

	public void setRelapseSigns(String relapseSigns) {
		this.relapseSigns = relapseSigns;
	}

	public String getWhatToDo() {
		return this.whatToDo;
	}

	public void setWhatToDo(String whatToDo) {
		this.whatToDo = whatToDo;
	}

	public String getHowToComeBack() {
		return this.howToComeBack;
	}

	public void setHowToComeBack(String howToComeBack) {
		this.howToComeBack = howToComeBack;
	}

	public boolean isShareWithTherapist() {
		return this.shareWithTherapist;
	}

	public void setShareWithTherapist(boolean shareWithTherapist) {
		this.shareWithTherapist = shareWithTherapist;
	}

}
