package org.between.measures;

import org.between.accounts.AuditAction;

/** What the measures module writes to the audit log. */
enum MeasuresAudit implements AuditAction {

	/** The therapist read a linked client's questionnaires and histories. */
	MEASURES_READ,

	/** The therapist read one of a linked client's responses (or its FHIR export). */
	MEASURE_RESPONSE_READ,

	/** The therapist asked the client to answer a questionnaire every so many days. */
	MEASURE_SCHEDULE_SET,

	/** The therapist stopped asking. */
	MEASURE_SCHEDULE_STOPPED

}
