package org.between.journal;

class JournalModuleOnH2Tests extends JournalModuleTests {

}
