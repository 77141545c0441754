package org.between.endings.web;

import org.between.endings.ReferralRequest;

/** A referral on the therapist's ending page. */
public class ReferralForm {

	private String name = "";

	private String contact = "";

	private String note = "";

	ReferralRequest toRequest() {
		return new ReferralRequest(this.name, this.contact, this.note);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getContact() {
		return this.contact;
	}

	public void setContact(String contact) {
		this.contact = contact;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
