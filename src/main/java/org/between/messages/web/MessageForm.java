package org.between.messages.web;

import org.between.messages.MessageInput;

/** The compose form: the kind of message and its text, as the page posts them. */
class MessageForm {

	private String category;

	private String body;

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	MessageInput toInput() {
		return new MessageInput(this.category, this.body);
	}

}
