package org.between.accounts;

class AuditLogOnH2Tests extends AuditLogTests {

}
