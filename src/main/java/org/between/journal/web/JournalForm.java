package org.between.journal.web;

import org.between.journal.JournalEntry;
import org.between.journal.JournalEntryChange;
import org.between.journal.NewJournalEntry;

/** The write and edit form; a plain form post that works without JavaScript. */
public class JournalForm {

	private String title = "";

	private String body = "";

	private Integer intensity;

	private boolean bringToSession;

	private boolean shareWithTherapist;

	static JournalForm of(JournalEntry entry) {
		JournalForm form = new JournalForm();
		form.title = (entry.title() != null) ? entry.title() : "";
		form.body = entry.body();
		form.intensity = entry.intensity();
		form.bringToSession = entry.bringToSession();
		form.shareWithTherapist = entry.shareWithTherapist();
		return form;
	}

	NewJournalEntry toNew() {
		return new NewJournalEntry(this.title, this.body, this.intensity, this.bringToSession, this.shareWithTherapist);
	}

	JournalEntryChange toChange() {
		return new JournalEntryChange((this.title != null) ? this.title : "", (this.body != null) ? this.body : "",
				this.intensity, this.bringToSession, this.shareWithTherapist);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Integer getIntensity() {
		return this.intensity;
	}

	public void setIntensity(Integer intensity) {
		this.intensity = intensity;
	}

	public boolean isBringToSession() {
		return this.bringToSession;
	}

	public void setBringToSession(boolean bringToSession) {
		this.bringToSession = bringToSession;
	}

	public boolean isShareWithTherapist() {
		return this.shareWithTherapist;
	}

	public void setShareWithTherapist(boolean shareWithTherapist) {
		this.shareWithTherapist = shareWithTherapist;
	}

}
