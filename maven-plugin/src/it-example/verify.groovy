// examples/maven-flyway, built as users build it: the pending V3 and V4 pass against production's snapshot, and the
// reports are where its README says.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains("driftguard-maven-plugin:${projectVersion}:lint")

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/driftguard/driftguard.sarif'))
assert sarif.runs[0].results.every { it.level != 'error' }

def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/driftguard/TEST-driftguard.xml'))
def cases = junit.'**'.findAll { it.name() == 'testcase' }*.@name*.text()
// Only the pending migrations are checked: V1 and V2 are applied on production.
assert cases.size() == 2
assert junit.'**'.findAll { it.name() == 'failure' }.isEmpty()
true
