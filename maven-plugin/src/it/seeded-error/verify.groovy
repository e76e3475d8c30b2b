// The build failed on the findings, naming each rule and where; the reports were still written for CI.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('error[mutable-function-in-index-predicate]')
assert log =~ /V3__active_sessions_index\.sql:2:\d+/
assert log.contains('error[missing-relation]')
assert log =~ /V4__social_post_author_index\.sql:1:\d+/
// A failure of the build, not of Driftguard: no stack trace.
assert !log.contains('\tat dev.driftguard')

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/driftguard/driftguard.sarif'))
def rules = sarif.runs[0].results*.ruleId
assert rules.contains('mutable-function-in-index-predicate')
assert rules.contains('missing-relation')

def junit = new File(basedir, 'target/driftguard/TEST-driftguard.xml')
assert new groovy.xml.XmlSlurper().parse(junit).'**'.findAll { it.name() == 'failure' }.size() > 0
true
