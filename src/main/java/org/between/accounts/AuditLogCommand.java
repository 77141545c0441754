package org.between.accounts;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar between.jar --spring.main.web-application-type=none --verify-audit-log}:
 * checks the audit log's hash chain, prints the result, and exits with 0 when it is
 * intact and 1 when a row was changed, inserted or deleted.
 */
@Component
class AuditLogCommand implements ApplicationRunner {

	static final String OPTION = "verify-audit-log";

	private final AuditLog audit;

	private final ApplicationContext context;

	AuditLogCommand(AuditLog audit, ApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption(OPTION)) {
			return;
		}
		AuditLog.Verification result = this.audit.verify();
		if (result.intact()) {
			System.out.println("Audit log intact: " + result.rows() + " rows, chain unbroken.");
		}
		else {
			System.out.println("Audit log NOT intact (" + result.rows() + " rows):");
			result.problems().forEach((p) -> System.out.println("  - " + p));
		}
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(this.context, (ExitCodeGenerator) () -> code));
	}

}
