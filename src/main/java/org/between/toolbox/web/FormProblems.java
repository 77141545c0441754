package org.between.toolbox.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.between.shared.InvalidInputException;

/**
 * The toolbox's field problems as a form shows them: {@code steps[3]} belongs to the
 * steps box, {@code tags[0]} to the tags; one message per field, in order.
 */
record FormProblems(Map<String, String> byField) {

	static FormProblems none() {
		return new FormProblems(Map.of());
	}

	static FormProblems of(InvalidInputException ex) {
		Map<String, String> byField = new LinkedHashMap<>();
		ex.problems().forEach((p) -> byField.putIfAbsent(p.field().replaceAll("\\[\\d+]$", ""), p.messageKey()));
		return new FormProblems(byField);
	}

	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	public String key(String field) {
		return this.byField.get(field);
	}

	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	public List<Map.Entry<String, String>> entries() {
		return new ArrayList<>(this.byField.entrySet());
	}

}
