package org.between.messages.web;

import org.between.messages.ReplyInput;

/** The reply form of a thread. */
class ReplyForm {

	private String body;

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	ReplyInput toInput() {
		return new ReplyInput(this.body);
	}

}
