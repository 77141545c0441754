package org.between.checkin;

/** What a client can name feeling at a check-in; several at once. */
public enum Emotion {

	SAD, ANXIOUS, ANGRY, ASHAMED, LONELY, EMPTY, NUMB, HOPEFUL, CALM, GRATEFUL

}
