package org.between.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-language figures for English text: words per sentence and Flesch reading ease
 * (206.835 − 1.015 · words/sentence − 84.6 · syllables/word; 60–70 is "plain English",
 * readable at about 12 to 13 years). Syllables are counted by vowel groups with the usual
 * corrections (a silent final "e", "-le", "-ed", "-es"): good to a syllable here and
 * there on a word, which is all a page-wide average needs.
 */
record Readability(int sentences, int words, int syllables, int longestSentence) {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");

	private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*|\\d+");

	static Readability of(String text) {
		int sentences = 0;
		int words = 0;
		int syllables = 0;
		int longest = 0;
		for (String sentence : sentences(text)) {
			List<String> inSentence = words(sentence);
			if (inSentence.isEmpty()) {
				continue;
			}
			sentences++;
			words += inSentence.size();
			longest = Math.max(longest, inSentence.size());
			for (String word : inSentence) {
				syllables += syllables(word);
			}
		}
		return new Readability(sentences, words, syllables, longest);
	}

	/** Sentences: split after . ! ? and at line breaks (list items, paragraphs). */
	static List<String> sentences(String text) {
		List<String> result = new ArrayList<>();
		for (String part : SENTENCE_END.split(text.strip())) {
			if (!part.isBlank()) {
				result.add(part.strip());
			}
		}
		return result;
	}

	static List<String> words(String sentence) {
		List<String> result = new ArrayList<>();
		Matcher matcher = WORD.matcher(sentence);
		while (matcher.find()) {
			result.add(matcher.group());
		}
		return result;
	}

	static int syllables(String word) {
		String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (w.length() <= 3) {
			return 1; // also numbers and abbreviations: one beat is close enough
		}
		Matcher groups = VOWEL_GROUP.matcher(w);
		int count = 0;
		while (groups.find()) {
			count++;
		}
		boolean consonantBefore = !isVowel(w.charAt(w.length() - 2 - (w.endsWith("e") ? 0 : 1)));
		if (count > 1 && w.endsWith("e") && !(w.endsWith("le") && !isVowel(w.charAt(w.length() - 3)))) {
			count--; // a silent final e: "store", "make"; but "people", "simple" keep it
		}
		else if (count > 1 && (w.endsWith("es") || w.endsWith("ed")) && consonantBefore
				&& !w.matches(".*(?:ted|ded|ses|ces|zes|ges|xes|shes|ches)$")) {
			count--; // "stores", "asked"; but "needed", "changes" keep it
		}
		return Math.max(1, count);
	}

	private static boolean isVowel(char c) {
		return "aeiouy".indexOf(c) >= 0;
	}

	double wordsPerSentence() {
		return (double) this.words / this.sentences;
	}

	double fleschReadingEase() {
		return 206.835 - 1.015 * wordsPerSentence() - 84.6 * ((double) this.syllables / this.words);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
				"%d sentences, %d words, %.1f words a sentence (longest %d), Flesch reading ease %.1f", this.sentences,
				this.words, wordsPerSentence(), this.longestSentence, fleschReadingEase());
	}

}
