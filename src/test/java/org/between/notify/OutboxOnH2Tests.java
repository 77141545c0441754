package org.between.notify;

class OutboxOnH2Tests extends OutboxTests {

}
