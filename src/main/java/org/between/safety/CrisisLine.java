package org.between.safety;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A line people can call or text when they are in crisis, with where the number comes
 * from and when it was listed ({@code lastChecked}: compiled from its source page on that
 * day). {@code verified} is the day an operator checked the number against its source,
 * when one did. {@code emergency} marks the country's emergency number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CrisisLine(String name, String phone, String text, String textKeyword, String url, String hours,
		String source, LocalDate lastChecked, LocalDate verified, boolean emergency) {

	/** A {@code tel:} address with only the digits, which every phone understands. */
	@JsonIgnore
	public String phoneHref() {
		return (this.phone == null) ? null : "tel:" + this.phone.replaceAll("[^0-9+]", "");
	}

	/**
	 * An {@code sms:} address, with the keyword some text lines ask for as the message.
	 */
	@JsonIgnore
	public String textHref() {
		if (this.text == null) {
			return null;
		}
		String number = this.text.replaceAll("[^0-9+]", "");
		return (this.textKeyword == null) ? "sms:" + number : "sms:" + number + "?&body=" + this.textKeyword;
	}

}
