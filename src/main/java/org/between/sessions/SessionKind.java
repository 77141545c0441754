package org.between.sessions;

/** API.md "sessions and frame". */
public enum SessionKind {

	REGULAR, MAKE_UP, EXTRA

}
