package org.between.reminders;

class RemindersModuleOnH2Tests extends RemindersModuleTests {

}
