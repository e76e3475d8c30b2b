// Bad input stops the build with one message that names the file, and no stack trace.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log =~ /driftguard: .*broken-catalog\.json/
assert !log.contains('\tat ')
assert !(log =~ /\w+Exception:/)
true
