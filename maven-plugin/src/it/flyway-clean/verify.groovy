// The build passed; the text report is in the log, SARIF and JUnit XML are where CI looks for them.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Driftguard reports:')

def sarif = new File(basedir, 'target/driftguard/driftguard.sarif')
assert sarif.isFile()
def sarifJson = new groovy.json.JsonSlurper().parse(sarif)
assert sarifJson.version == '2.1.0'
assert sarifJson.runs[0].results.isEmpty()

def junit = new File(basedir, 'target/driftguard/TEST-driftguard.xml')
assert junit.isFile()
def suites = new groovy.xml.XmlSlurper().parse(junit)
def cases = suites.'**'.findAll { it.name() == 'testcase' }
// One test case per migration, all passing.
assert cases.size() == 2
assert suites.'**'.findAll { it.name() == 'failure' }.isEmpty()
true
